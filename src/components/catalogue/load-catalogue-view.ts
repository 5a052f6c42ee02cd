import { getCollection } from 'astro:content';
import { actCategoryLabels, actContextLabels, catalogueLabels, sanctionLevelLabels, skbListLabels } from '~/config/ui-strings';
import { toCatalogueView, type ActView } from '~/lib/catalogue/catalogue-view';
import { loadLegalIndex } from '../content/load-legal-index';

/** Every prohibited act as the catalogue and the printed handout show it. */
export async function loadCatalogueView(): Promise<ActView[]> {
	return toCatalogueView(await getCollection('prohibitedActs'), await loadLegalIndex(), {
		contexts: actContextLabels,
		categories: actCategoryLabels,
		levels: sanctionLevelLabels,
		skbLists: skbListLabels,
		skbRow: catalogueLabels.skbRow,
	});
}
