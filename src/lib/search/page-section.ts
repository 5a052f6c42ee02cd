/** The site's sections as search filters; a page belongs to exactly one. */
export type SearchSection = 'materi' | 'hukum' | 'skb' | 'larangan' | 'pidato' | 'kuis' | 'ikrar' | 'lainnya';

/** Rules in order, first match wins: more specific paths before their parents. */
const RULES: [RegExp, SearchSection][] = [
	[/^\/hukum\/skb-2022\//, 'skb'],
	[/^\/ikrar\/kuis\//, 'kuis'],
	[/^\/kuis\//, 'kuis'],
	[/^\/belajar\//, 'materi'],
	[/^\/(hukum|glosarium|sumber)\//, 'hukum'],
	[/^\/(larangan|cetak)\//, 'larangan'],
	[/^\/pidato\//, 'pidato'],
	[/^\/ikrar\//, 'ikrar'],
];

/** Which section a site path belongs to, for Pagefind's section filter. */
export function sectionOfPath(path: string): SearchSection {
	const normalised = path.endsWith('/') ? path : `${path}/`;
	return RULES.find(([pattern]) => pattern.test(normalised))?.[1] ?? 'lainnya';
}
