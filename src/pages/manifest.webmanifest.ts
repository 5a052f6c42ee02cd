import type { APIRoute } from 'astro';
import { APP_BACKGROUND_COLOR, APP_NAME, APP_SHORT_NAME, SITE_DESCRIPTION, SITE_LANG, THEME_COLOR } from '~/config/site';

/** PNG icons generated from public/favicon.svg (see README, "Ikon aplikasi"), in the sizes phones ask for. */
const ICONS = [
	{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
	{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
	{ src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
	{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** The web app manifest, built from the site's constants so names and colours live in one place. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify(
			{
				id: '/',
				name: APP_NAME,
				short_name: APP_SHORT_NAME,
				description: SITE_DESCRIPTION,
				lang: SITE_LANG,
				dir: 'ltr',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				theme_color: THEME_COLOR,
				background_color: APP_BACKGROUND_COLOR,
				categories: ['education', 'government'],
				icons: ICONS,
			},
			null,
			'\t',
		),
		{ headers: { 'content-type': 'application/manifest+json' } },
	);
