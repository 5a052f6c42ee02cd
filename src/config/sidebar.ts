import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The sidebar lists sections, never long collections: Starlight embeds the whole sidebar in every
 * page, so per-item lists (speeches, acts, questions) belong on index pages.
 */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	{ label: 'Mulai', link: '/' },
	{ label: 'Belajar', items: [{ autogenerate: { directory: 'belajar' } }] },
	{ label: 'Dasar hukum', link: '/hukum/' },
	{ label: 'Kuis', link: '/kuis/' },
	{ label: 'Ikrar netralitas', link: '/ikrar/' },
	{ label: 'Panduan pemateri', link: '/presentasi/' },
];
