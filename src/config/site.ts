/** Site-wide constants shared by the Astro config, pages and scripts. */
export const SITE_TITLE = 'Netralitas ASN';
export const SITE_DESCRIPTION =
	'Belajar netralitas Aparatur Sipil Negara dalam Pemilu dan Pilkada: aturan, pasal, sanksi, dan kuis latihan.';
/** Where the built site is served; change it when deploying under another domain. */
export const SITE_URL = 'https://netralitas-asn.example.id';
export const SITE_LANG = 'id';
