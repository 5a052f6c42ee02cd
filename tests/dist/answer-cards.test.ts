import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { markerPath } from '~/lib/cards/card-face';

import { pageTree } from './support/built-site';

const read = (path: string) => pageTree(`/${path}/`);

describe('kartu jawaban di situs yang dibangun', () => {
	test('the cards page prints 40 numbered cards without JavaScript, each with its own marker and four lettered edges', () => {
		const tree = read('presentasi/kartu');
		const cards = selectAll('.answer-card', tree);
		expect(cards).toHaveLength(40);
		cards.forEach((card, index) => {
			expect(select('path', card)?.properties['d']).toBe(markerPath(index + 1));
			expect(selectAll('.answer-card-edge .answer-card-letter', card).map((edge) => toString(edge))).toEqual(['A', 'B', 'C', 'D']);
			expect(toString(select('[data-card-line="number"]', card)!)).toBe(`Kartu ${index + 1}`);
		});
		expect(selectAll('.card-sheet', tree)).toHaveLength(10);
		// Boleh on A and Tidak boleh on B, as on the verdict slides.
		expect(selectAll('.answer-card-verdict', cards[0]!).map((node) => toString(node))).toEqual(['Boleh', 'Tidak boleh']);
	});

	test('the presenter guide links the cards page, and every question slide with four options or fewer has a scan button', () => {
		expect(selectAll('a[href="/presentasi/kartu/"]', read('presentasi')).length).toBeGreaterThan(0);
		const quiz = read('presentasi/kuis-kelas/media-sosial');
		const fieldsets = selectAll('fieldset[data-hands-for]', quiz);
		const buttons = selectAll('button[data-card-scan-for]', quiz);
		expect(buttons.length).toBe(fieldsets.filter((fieldset) => selectAll('input', fieldset).length <= 4).length);
		expect(buttons.length).toBeGreaterThan(0);
		expect(select('dialog[data-card-scan-dialog]', quiz)).toBeDefined();
	});
});
