import { citeLegalRef, type CitationView, type LegalIndex } from '~/lib/legal/legal-index';
import { formatLabel } from '~/lib/text/format-label';
import type { ProhibitedAct } from '~/schemas/prohibited-act';
import { normaliseSearchText, type FilterableAct } from './filter-acts';

/** A prohibited act as the catalogue shows it: plain data with labels and resolved citations. */
export interface ActView extends FilterableAct {
	id: string;
	title: string;
	description: string;
	categoryLabel: string;
	contextLabels: string[];
	levelLabel: string;
	sanctionText: string;
	legalBasis: CitationView[];
	examples: string[];
	isUncertain: boolean;
	note: string | undefined;
	skbLabel: string | undefined;
}

export interface CatalogueViewLabels {
	contexts: Record<string, string>;
	categories: Record<string, string>;
	levels: Record<string, string>;
	skbLists: Record<string, string>;
	skbRow: string;
}

/** Order acts as a reader scans them: by context, then heaviest sanction first, then title. */
const LEVEL_ORDER = ['pidana', 'ptdh', 'berat', 'sedang', 'sanksi-moral', 'belum-pasti'];

/** Turn catalogue entries into island props; an unresolvable legal basis fails the build. */
export function toCatalogueView(
	acts: readonly { id: string; data: ProhibitedAct }[],
	legalIndex: LegalIndex,
	labels: CatalogueViewLabels,
): ActView[] {
	const contextOrder = Object.keys(labels.contexts);
	const sorted = [...acts].sort(
		(a, b) =>
			contextOrder.indexOf(a.data.contexts[0] ?? '') - contextOrder.indexOf(b.data.contexts[0] ?? '') ||
			LEVEL_ORDER.indexOf(a.data.sanction.level) - LEVEL_ORDER.indexOf(b.data.sanction.level) ||
			a.data.title.localeCompare(b.data.title, 'id'),
	);
	return sorted.map(({ id, data }) => {
		const legalBasis = data.legalBasis.map((refId) => citeLegalRef(legalIndex, refId));
		const contextLabels = data.contexts.map((context) => labels.contexts[context] ?? context);
		return {
			id,
			title: data.title,
			description: data.description,
			category: data.category,
			categoryLabel: labels.categories[data.category] ?? data.category,
			contexts: data.contexts,
			contextLabels,
			level: data.sanction.level,
			levelLabel: labels.levels[data.sanction.level] ?? data.sanction.level,
			sanctionText: data.sanction.text,
			legalBasis,
			examples: data.examples,
			isUncertain: data.confidence === 'U',
			note: data.note,
			skbLabel: data.skb
				? formatLabel(labels.skbRow, { list: labels.skbLists[data.skb.list] ?? data.skb.list, row: data.skb.row })
				: undefined,
			searchText: normaliseSearchText(
				[data.title, data.description, data.sanction.text, ...data.examples, ...contextLabels, ...legalBasis.map((basis) => basis.citation)].join(' '),
			),
		};
	});
}
