import type { ActCategory, ActContext, SanctionLevel } from '~/schemas/prohibited-act';

/** What the catalogue filter needs of an act: its facets and the text a reader may search. */
export interface FilterableAct {
	category: ActCategory;
	contexts: readonly ActContext[];
	level: SanctionLevel;
	searchText: string;
}

/** A filter over the catalogue; an empty string means "any". */
export interface ActFilter {
	context: ActContext | '';
	category: ActCategory | '';
	level: SanctionLevel | '';
	text: string;
}

/** Lower-case, strip accents and punctuation, and collapse spaces, so "Fotokopi KTP," finds "fotokopi ktp". */
export function normaliseSearchText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Keep the acts matching every facet set in the filter and containing every word typed. */
export function filterActs<T extends FilterableAct>(acts: readonly T[], filter: Partial<ActFilter>): T[] {
	const words = normaliseSearchText(filter.text ?? '').split(' ').filter(Boolean);
	return acts.filter(
		(act) =>
			(!filter.context || act.contexts.includes(filter.context)) &&
			(!filter.category || act.category === filter.category) &&
			(!filter.level || act.level === filter.level) &&
			words.every((word) => act.searchText.includes(word)),
	);
}

const FILTER_KEYS = ['context', 'category', 'level', 'text'] as const;
/** Query-string names, in Indonesian because readers share these links. */
const QUERY_NAMES: Record<(typeof FILTER_KEYS)[number], string> = { context: 'konteks', category: 'kategori', level: 'sanksi', text: 'cari' };

/** Read a filter from a query string, keeping only values in the allowed lists. */
export function readActFilter(
	search: string,
	allowed: { contexts: readonly string[]; categories: readonly string[]; levels: readonly string[] },
): ActFilter {
	const params = new URLSearchParams(search);
	const pick = <V extends string>(name: string, values: readonly string[]) => {
		const value = params.get(name) ?? '';
		return (values.includes(value) ? value : '') as V | '';
	};
	return {
		context: pick<ActContext>(QUERY_NAMES.context, allowed.contexts),
		category: pick<ActCategory>(QUERY_NAMES.category, allowed.categories),
		level: pick<SanctionLevel>(QUERY_NAMES.level, allowed.levels),
		text: (params.get(QUERY_NAMES.text) ?? '').slice(0, 100),
	};
}

/** Write a filter into a query string (empty facets left out), so a filtered view can be shared. */
export function writeActFilter(filter: Partial<ActFilter>): string {
	const params = new URLSearchParams();
	for (const key of FILTER_KEYS) {
		const value = filter[key];
		if (value) params.set(QUERY_NAMES[key], value);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
