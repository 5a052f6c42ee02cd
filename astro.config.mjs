// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { SITE_DESCRIPTION, SITE_LANG, SITE_TITLE, SITE_URL } from './src/config/site.ts';
import { sidebar } from './src/config/sidebar.ts';

export default defineConfig({
	site: SITE_URL,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			defaultLocale: 'root',
			locales: { root: { label: 'Bahasa Indonesia', lang: SITE_LANG } },
			sidebar,
			lastUpdated: false,
			credits: false,
			customCss: ['./src/styles/site.css'],
			components: {
				LastUpdated: './src/components/starlight/LastUpdated.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		preact(),
	],
});
