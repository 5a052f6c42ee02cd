/** Site-wide constants shared by the Astro config, pages and scripts. */
export const SITE_TITLE = 'Netralitas ASN';
export const SITE_DESCRIPTION =
	'Belajar netralitas Aparatur Sipil Negara dalam Pemilu dan Pilkada: aturan, pasal, sanksi, dan kuis latihan.';
/** Where the built site is served; change it when deploying under another domain. */
export const SITE_URL = 'https://netralitas-asn.example.id';
export const SITE_LANG = 'id';
/** The installed app's names (Indonesian) and colours; the short name fits under a phone icon. */
export const APP_NAME = 'Netralitas ASN: Pemilu dan Pilkada';
export const APP_SHORT_NAME = 'Netralitas';
/** The brand blue of the favicon, for the browser bar and the installed app's title bar. */
export const THEME_COLOR = '#1e3a8a';
export const APP_BACKGROUND_COLOR = '#ffffff';
