/**
 * The pledge points as ikrar events commonly read them (the four themes regional governments used
 * in 2023: neutral before, during and after; no conflicts of interest, intimidation or taking sides;
 * wise use of social media; refusing money politics), in our own words, each with its legal basis.
 * One source for /ikrar/, the pakta page and the pakta printed per participant in the event kit.
 * `note` says where the legal basis covers the point only in part.
 */
export interface PledgePoint {
	/** Bold lead, then the rest: reads after "Kami berjanji:" and after "saya menyatakan akan:". */
	lead: string;
	text: string;
	legal: readonly string[];
	note?: string;
}

export const PLEDGE_POINTS: readonly PledgePoint[] = [
	{
		lead: 'menjaga dan menegakkan netralitas',
		text: 'dalam melayani masyarakat, sebelum, selama, dan sesudah Pemilu dan Pilkada, bebas dari pengaruh golongan dan partai politik mana pun',
		legal: ['uu-20-2023/pasal-24-ayat-1-huruf-d', 'uu-20-2023/pasal-9-ayat-2', 'pp-94-2021/pasal-5-huruf-n-angka-5'],
	},
	{
		lead: 'menghindari konflik kepentingan dan tidak memihak',
		text: 'pasangan calon mana pun, termasuk lewat keputusan atau kegiatan kedinasan, serta tidak mengintimidasi atau mengancam sesama pegawai maupun masyarakat',
		legal: ['pp-42-2004/pasal-11-huruf-c', 'pp-94-2021/pasal-5-huruf-n', 'uu-pilkada/pasal-71-ayat-1'],
		note: 'Larangan mengintimidasi berasal dari rumusan ikrar yang dipakai pemerintah daerah; pasal khusus tentang intimidasi oleh ASN belum kami periksa.',
	},
	{
		lead: 'memakai media sosial dengan bijak',
		text: 'tanpa mengunggah, mengomentari, membagikan, atau menyukai konten dukungan calon, dan tanpa menyebarkan ujaran kebencian atau berita bohong',
		legal: ['skb-2022/lampiran-kode-etik', 'skb-2022/lampiran-disiplin'],
		note: 'Dasar yang dikutip mengatur dukungan kepada calon di media sosial; larangan ujaran kebencian dan berita bohong berasal dari rumusan ikrar, dan pasalnya belum kami periksa.',
	},
	{
		lead: 'menolak politik uang',
		text: 'dan segala jenis pemberian untuk memengaruhi pilihan, tidak memberi maupun menerimanya; dalam Pilkada, pemilih yang menerima imbalan untuk memilih pun diancam pidana',
		legal: ['uu-pilkada/pasal-187a-ayat-2', 'pp-94-2021/pasal-5-huruf-n-angka-6'],
	},
];
