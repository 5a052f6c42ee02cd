/** Site-wide constants shared by the Astro config, pages and scripts. */
export const SITE_TITLE = 'Netralitas ASN';
export const SITE_DESCRIPTION =
	'Belajar netralitas Aparatur Sipil Negara dalam Pemilu dan Pilkada: aturan, pasal, sanksi, dan kuis latihan.';
export const SITE_LANG = 'id';

/** Where a build without SITE_URL says it is served: `astro preview` on this machine. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * Read the address the site is built for from the build environment
 * (`SITE_URL=https://netralitas.example.go.id npm run build`): canonical links, the sitemap, the
 * QR codes drawn at build time and printed addresses use it. The site links from its root, so the
 * address must be an origin, with no path; anything else stops the build with the fix.
 */
export function resolveSiteUrl(value: string | undefined): string {
	const text = value?.trim();
	if (!text) return LOCAL_SITE_URL;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`SITE_URL "${text}" is not an address. Give the full origin, e.g. SITE_URL=https://netralitas.bkpsdm.example.go.id`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL "${text}" must start with https:// (or http:// on a local network).`);
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new Error(`SITE_URL "${text}" must be an origin only, with no path, query or login: the site is served from its root, e.g. ${url.origin}`);
	}
	return url.origin;
}

/** The address this build is for; see resolveSiteUrl. */
export const SITE_URL = resolveSiteUrl(process.env.SITE_URL);
/** The installed app's names (Indonesian) and colours; the short name fits under a phone icon. */
export const APP_NAME = 'Netralitas ASN: Pemilu dan Pilkada';
export const APP_SHORT_NAME = 'Netralitas';
/** The brand blue of the favicon, for the browser bar and the installed app's title bar. */
export const THEME_COLOR = '#1e3a8a';
export const APP_BACKGROUND_COLOR = '#ffffff';
