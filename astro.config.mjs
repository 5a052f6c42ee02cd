// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { LOCAL_SITE_URL, SITE_DESCRIPTION, SITE_LANG, SITE_TITLE, SITE_URL } from './src/config/site.ts';
import { headEntries } from './src/config/head.ts';
import { contentSecurityPolicy } from './src/config/security.ts';
import { sidebar } from './src/config/sidebar.ts';
import { serviceWorker } from './src/integrations/service-worker/index.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { preactClientWithoutSignals } from './src/integrations/preact-client.ts';

if (SITE_URL === LOCAL_SITE_URL && process.argv.includes('build')) {
	// A public build must say where it lives; a local one (tests, a laptop in a hall) need not.
	console.warn(`SITE_URL is not set: canonical links, the sitemap and printed addresses say ${LOCAL_SITE_URL}. Set it for a public build, e.g. SITE_URL=https://netralitas.example.go.id npm run build (see README, Deploy).`);
}

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	security: { csp: contentSecurityPolicy },
	// Astro leaves the styles of components used inside MDX out of the policy's hashes when it
	// inlines them; as files they fall under 'self', and the cache keeps them across pages.
	build: { inlineStylesheets: 'never' },
	integrations: [
		// First, so a content error stops the build before Astro loads or renders anything.
		contentChecks(),
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: SITE_LANG } },
			sidebar,
			head: headEntries,
			plugins: [
				starlightLinksValidator({
					// Pages generated from data (/hukum/<source>/, /pidato/<speech>/, /pidato/provinsi/..., /presentasi/...) and anchors rendered by
					// components (/larangan/#<act>, /glosarium/#<term>) are invisible to this plugin;
					// tests/dist/links.test.ts checks every link and anchor in the built site, those included.
					exclude: ({ link }) => /^\/(hukum|pidato)\/[a-z0-9-]+\/(#.*)?$|^\/pidato\/(provinsi|tema)\/|^\/(larangan|glosarium)\/#|^\/presentasi\//.test(link),
					errorOnInvalidHashes: true,
				}),
			],
			lastUpdated: false,
			credits: false,
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			components: {
				LastUpdated: './src/components/starlight/LastUpdated.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
				Search: './src/components/starlight/Search.astro',
				Footer: './src/components/starlight/Footer.astro',
			},
		}),
		preact(),
		// Islands hydrate with a copy of its client renderer that leaves out signals (and the preload helper).
		preactClientWithoutSignals(),
		serviceWorker(),
	],
});
