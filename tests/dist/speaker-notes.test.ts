import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { presenterLabels } from '~/config/ui-strings';
import { builtFiles, sitePathOf, treeOf } from './support/built-site';

/** The slide's heading as the deck prints it, e.g. "Intinya" or "Intinya (lanjutan)". */
function headingOf(slide: Element): string {
	return toString(select('h2', slide) ?? slide).trim();
}

describe('catatan pembicara di presentasi', () => {
	test('every slide that opens a section of a lesson or law page has speaker notes', () => {
		// A section too long for one screen continues on "(lanjutan)" slides; its note sits on the first.
		const suffix = presenterLabels.continued.replace('{heading}', '');
		const isContinuation = (heading: string) => heading.endsWith(suffix);
		const pages = builtFiles.filter((file) => /^\/presentasi\/(belajar|hukum)\//.test(sitePathOf(file)));
		const missing = pages.flatMap((file) =>
			selectAll('section[data-slide]:not(.slide-title)', treeOf(file))
				.filter((slide) => !isContinuation(headingOf(slide)))
				.filter((slide) => toString(select('[data-slide-notes]', slide) ?? { type: 'root', children: [] }).trim() === '')
				.map((slide) => `${sitePathOf(file)}: ${headingOf(slide).slice(0, 60)}`),
		);
		expect(pages.length).toBeGreaterThanOrEqual(20);
		expect(missing).toEqual([]);
	});
});
