import type { LegalArticle, LegalSource } from '~/schemas/legal-source';

export interface LegalSourceEntry {
	id: string;
	data: LegalSource;
}

/** A legal reference resolved to what a reader sees: the citation text and the page it links to. */
export interface ResolvedLegalRef {
	refId: string;
	source: LegalSourceEntry;
	article: LegalArticle | undefined;
	/** e.g. "UU 20/2023 Pasal 9 ayat (2)". */
	citation: string;
	/** Site path of the instrument's page, with the article's anchor. */
	href: string;
}

export type LegalIndex = ReadonlyMap<string, LegalSourceEntry>;

/** Index legal sources by id so references can be resolved without scanning. */
export function createLegalIndex(sources: readonly LegalSourceEntry[]): LegalIndex {
	return new Map(sources.map((source) => [source.id, source]));
}

/** Site path of an instrument's own page. */
export function legalSourcePath(sourceId: string): string {
	return `/hukum/${sourceId}/`;
}

/** Resolve "source" or "source/article" to its citation and link; undefined when it does not exist. */
export function resolveLegalRef(index: LegalIndex, refId: string): ResolvedLegalRef | undefined {
	const [sourceId = '', articleId] = refId.split('/');
	const source = index.get(sourceId);
	if (!source) return undefined;
	if (articleId === undefined) {
		return { refId, source, article: undefined, citation: source.data.shortName, href: legalSourcePath(sourceId) };
	}
	const article = source.data.articles.find((candidate) => candidate.id === articleId);
	if (!article) return undefined;
	return {
		refId,
		source,
		article,
		citation: `${source.data.shortName} ${article.label}`,
		href: `${legalSourcePath(sourceId)}#${articleId}`,
	};
}

/** Say why a legal reference does not resolve (unknown source, or a known source without that article); undefined when it does. */
export function explainLegalRef(index: LegalIndex, refId: string): string | undefined {
	if (resolveLegalRef(index, refId)) return undefined;
	const [sourceId = '', articleId] = refId.split('/');
	const source = index.get(sourceId);
	if (!source) return `sumber hukum "${sourceId}" tidak ada di content/legal-sources/ (sumber yang ada: ${[...index.keys()].join(', ')})`;
	const articles = source.data.articles.map((article) => article.id);
	return `sumber "${sourceId}" ada, tetapi pasal "${articleId}" tidak tercatat di content/legal-sources/${sourceId}.yaml (pasal yang tercatat: ${articles.join(', ') || 'belum ada'})`;
}

/** Resolve a reference that must exist; throws saying whether the source or the article is missing. */
export function requireLegalRef(index: LegalIndex, refId: string): ResolvedLegalRef {
	const resolved = resolveLegalRef(index, refId);
	if (!resolved) throw new Error(`Dasar hukum "${refId}" tidak ditemukan: ${explainLegalRef(index, refId)}.`);
	return resolved;
}

/** A legal basis as readers see it: citation text and a link to the article. */
export interface CitationView {
	citation: string;
	href: string;
}

/** Resolve a reference that must exist to plain, serialisable citation data for an island. */
export function citeLegalRef(index: LegalIndex, refId: string): CitationView {
	const { citation, href } = requireLegalRef(index, refId);
	return { citation, href };
}

/** The long form of a short citation, as people type it: "UU 20/2023" -> "UU Nomor 20 Tahun 2023". */
export function longFormOf(shortName: string): string | undefined {
	const match = shortName.match(/^(.+?)\s(\d+)\/(\d{4})$/);
	return match ? `${match[1]} Nomor ${match[2]} Tahun ${match[3]}` : undefined;
}
