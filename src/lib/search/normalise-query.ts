/**
 * Turns what a civil servant types into the search box into words the site's pages use.
 *
 * Pagefind 1.6 only returns pages that contain every word of a query, and it has no synonym list:
 * "istri saya caleg" finds nothing because no page says "saya", and "foto bareng calon" misses the
 * page that says "foto bersama calon". The search UI therefore passes each query through
 * `normaliseSearchQuery` (Pagefind UI's `processTerm`), which drops conversational words that carry
 * no topic and rewrites everyday spellings and abbreviations to the site's vocabulary.
 *
 * Both lists are data, not rules: add a word when a real query misses, and add a case to the unit
 * test and to tests/e2e/search-quality.test.ts with it.
 */

/**
 * Words that carry no topic in a question about neutrality: pronouns, question words and particles,
 * politeness, modal verbs, filler. A query made only of these is searched as typed.
 */
const FILLER_WORDS = new Set(
	[
		// pronouns and forms of address
		'saya', 'aku', 'gue', 'gw', 'sy', 'kami', 'kita', 'anda', 'kamu', 'dia', 'mereka', 'pak', 'bu', 'kak', 'min', 'admin',
		// question words and particles
		'apakah', 'apa', 'bagaimana', 'gimana', 'gmn', 'kenapa', 'mengapa', 'kapan', 'siapa', 'mana', 'dimana', 'kah', 'ya', 'yah', 'dong', 'sih', 'nih', 'kok', 'deh', 'lho', 'loh', 'kan',
		// may / must / want: the reader's intent, not the topic
		'boleh', 'bolehkah', 'bisakah', 'bisa', 'dapat', 'dapatkah', 'harus', 'haruskah', 'wajibkah', 'perlu', 'mau', 'ingin', 'pengen', 'pingin', 'tolong', 'mohon', 'tanya', 'bertanya', 'nanya',
		// negation and small function words
		'tidak', 'gak', 'ga', 'nggak', 'ngga', 'enggak', 'tak', 'yang', 'yg', 'dan', 'atau', 'dengan', 'dgn', 'sama', 'ke', 'di', 'dari', 'pada', 'untuk', 'utk', 'buat', 'itu', 'ini', 'tersebut', 'saja', 'aja', 'juga', 'jg', 'lagi', 'lg', 'sudah', 'udah', 'sedang', 'masih', 'kalau', 'kalo', 'klo', 'jika', 'bila', 'apabila', 'adalah', 'ialah', 'seorang', 'nya', 'berapa', 'persen', 'hanya', 'cuma', 'doang', 'jadi',
	],
);

/** Everyday spellings, slang and abbreviations, and the words the site's pages use for them. */
const SITE_WORDS: Record<string, string> = {
	// together, with
	bareng: 'bersama',
	barengan: 'bersama',
	// social media
	medsos: 'media sosial',
	sosmed: 'media sosial',
	postingan: 'unggahan',
	posting: 'unggahan',
	post: 'unggahan',
	postingannya: 'unggahan',
	story: 'unggahan',
	upload: 'unggah',
	ngepost: 'unggah',
	ngeposting: 'unggah',
	wa: 'whatsapp',
	wag: 'whatsapp',
	whatsap: 'whatsapp',
	watsap: 'whatsapp',
	fb: 'facebook',
	ngelike: 'like',
	likes: 'like',
	ngelaik: 'like',
	nglike: 'like',
	ngeshare: 'share',
	nyebarin: 'share',
	komen: 'komentar',
	ngomen: 'komentar',
	comment: 'komentar',
	ngefollow: 'follow',
	group: 'grup',
	grub: 'grup',
	poto: 'foto',
	selfie: 'foto',
	swafoto: 'foto',
	// candidates and elections
	nyaleg: 'caleg',
	bacaleg: 'caleg',
	capres: 'calon presiden',
	cawapres: 'calon presiden',
	cabup: 'calon bupati',
	cawabup: 'calon bupati',
	cagub: 'calon gubernur',
	cawagub: 'calon gubernur',
	cawalkot: 'calon wali kota',
	paslon: 'pasangan calon',
	timses: 'tim sukses',
	parpol: 'partai',
	pilbup: 'pilkada',
	pilgub: 'pilkada',
	pilwalkot: 'pilkada',
	pileg: 'pemilu',
	pilpres: 'pemilu',
	nyalon: 'mencalonkan',
	kaos: 'kaus',
	// staff and status
	p3k: 'pppk',
	isteri: 'istri',
	// "bapak" is "father" in "bapak saya caleg"; as a form of address readers type "pak"
	bapak: 'ayah',
	bokap: 'ayah',
	papa: 'ayah',
	bini: 'istri',
	mobdin: 'mobil dinas',
	tukin: 'tunjangan kinerja',
	pecat: 'diberhentikan',
	dipecat: 'diberhentikan',
	kades: 'kepala desa',
	ektp: 'ktp',
	'e-ktp': 'ktp',
	fotocopy: 'fotokopi',
	fc: 'fotokopi',
	kasih: 'beri',
	ngasih: 'beri',
	ngelapor: 'lapor',
	nglapor: 'lapor',
};

/** Phrases whose meaning a word-by-word rewrite would lose ("lembaga independen" keeps its word). */
const SITE_PHRASES: [RegExp, string][] = [
	[/\b(calon|jalur) independen\b/g, '$1 perseorangan'],
	[/\bnge-?like\b/g, 'like'],
];

/** Punctuation a reader types around words; "/" and "-" stay because "94/2021" and "e-ktp" need them. */
const PUNCTUATION = /[?!.,;:"'()[\]{}]+/g;

/** Rewrite a typed query into the site's words, dropping filler; a query of filler alone is kept as typed. */
export function normaliseSearchQuery(query: string): string {
	const phrased = SITE_PHRASES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), query.toLowerCase());
	const words = phrased.replace(PUNCTUATION, ' ').split(/\s+/).filter(Boolean);
	const kept = words.filter((word) => !FILLER_WORDS.has(word)).map((word) => SITE_WORDS[word] ?? word);
	if (kept.length === 0) return query.trim();
	return [...new Set(kept.join(' ').split(' '))].join(' ');
}
