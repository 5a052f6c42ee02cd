import { getCollection, type CollectionEntry } from 'astro:content';

/**
 * The legal sources whose page is generated from data: every source without an MDX page of its own
 * at hukum/<id> (such as the SKB). Both /hukum/<id>/ and its presentation are built from this list.
 */
export async function loadGeneratedLegalSources(): Promise<CollectionEntry<'legalSources'>[]> {
	const [sources, docs] = await Promise.all([getCollection('legalSources'), getCollection('docs')]);
	const writtenPages = new Set(docs.map((doc) => doc.id));
	return sources.filter((source) => !writtenPages.has(`hukum/${source.id}`));
}
