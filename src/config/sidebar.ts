import type { StarlightUserConfig } from '@astrojs/starlight/types';

/**
 * The sidebar lists sections, never long collections: Starlight embeds the whole sidebar in every
 * page, so per-item lists (speeches, acts, questions) belong on index pages.
 */
export const sidebar: NonNullable<StarlightUserConfig['sidebar']> = [
	{ label: 'Mulai', link: '/' },
	{ label: 'Belajar', items: [{ autogenerate: { directory: 'belajar' } }] },
	{ label: 'Boleh atau tidak?', link: '/larangan/' },
	{ label: 'Ke mana melapor?', link: '/lapor/' },
	{
		label: 'Dasar hukum',
		items: [
			{ label: 'Ringkasan', link: '/hukum/' },
			{ label: 'SKB Netralitas 2022', link: '/hukum/skb-2022/' },
			{ label: 'Linimasa', link: '/hukum/linimasa/' },
			{ label: 'Glosarium', link: '/glosarium/' },
			{ label: 'Sumber', link: '/sumber/' },
			{ label: 'Lembar cetak: larangan', link: '/cetak/larangan/' },
			{ label: 'Lembar cetak: sanksi', link: '/cetak/sanksi/' },
		],
	},
	{ label: 'Pidato pejabat daerah', link: '/pidato/' },
	{ label: 'Kuis', link: '/kuis/' },
	{
		label: 'Ikrar netralitas',
		items: [
			{ label: 'Isi ikrar', link: '/ikrar/' },
			{ label: 'Kuis Kesiapan Ikrar', link: '/ikrar/kuis/' },
			{ label: 'Periksa Tanda Selesai', link: '/ikrar/periksa/' },
			{ label: 'Pakta integritas', link: '/ikrar/pakta-integritas/' },
			{ label: 'Panduan penyelenggara', link: '/ikrar/panduan-penyelenggara/' },
		],
	},
	{ label: 'Panduan pemateri', link: '/presentasi/' },
];
