import { getCollection } from 'astro:content';
import { createLegalIndex, type LegalIndex } from '~/lib/legal/legal-index';

/** Build the legal index from the legalSources collection (Astro caches the collection per build). */
export async function loadLegalIndex(): Promise<LegalIndex> {
	return createLegalIndex(await getCollection('legalSources'));
}
