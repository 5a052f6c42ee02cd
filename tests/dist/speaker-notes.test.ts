import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { presenterLabels } from '~/config/ui-strings';
import { DIST } from './support/built-site';

const PRESENTATIONS = join(DIST, 'presentasi');

function listPages(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? listPages(path) : entry === 'index.html' ? [path] : [];
	});
}

/** The slide's heading as the deck prints it, e.g. "Intinya" or "Intinya (lanjutan)". */
function headingOf(slide: Element): string {
	return toString(select('h2', slide) ?? slide).trim();
}

describe('catatan pembicara di presentasi', () => {
	test('every slide that opens a section of a lesson or law page has speaker notes', () => {
		// A section too long for one screen continues on "(lanjutan)" slides; its note sits on the first.
		const suffix = presenterLabels.continued.replace('{heading}', '');
		const isContinuation = (heading: string) => heading.endsWith(suffix);
		const pages = listPages(PRESENTATIONS).filter((file) => /presentasi\/(belajar|hukum)\//.test(file));
		const missing = pages.flatMap((file) =>
			selectAll('section[data-slide]:not(.slide-title)', fromHtml(readFileSync(file, 'utf8')))
				.filter((slide) => !isContinuation(headingOf(slide)))
				.filter((slide) => toString(select('[data-slide-notes]', slide) ?? { type: 'root', children: [] }).trim() === '')
				.map((slide) => `${relative(PRESENTATIONS, file)}: ${headingOf(slide).slice(0, 60)}`),
		);
		expect(pages.length).toBeGreaterThanOrEqual(20);
		expect(missing).toEqual([]);
	});
});
