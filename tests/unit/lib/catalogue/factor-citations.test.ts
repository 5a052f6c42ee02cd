import { describe, expect, test } from 'vitest';
import { factorCommonCitations } from '~/lib/catalogue/factor-citations';

describe('factorCommonCitations', () => {
	const rows = [
		['A Pasal 1', 'Sanksi X', 'Sanksi Y'],
		['B Pasal 2', 'Sanksi Y'],
		['Sanksi X', 'C Pasal 3', 'Sanksi Y'],
	];

	test('numbers shared citations most shared first and keeps each row\'s own in place', () => {
		const factored = factorCommonCitations(rows, 2);
		expect(factored.notes).toEqual(['Sanksi Y', 'Sanksi X']);
		expect(factored.rows).toEqual([
			{ own: ['A Pasal 1'], notes: [1, 2] },
			{ own: ['B Pasal 2'], notes: [1] },
			{ own: ['C Pasal 3'], notes: [1, 2] },
		]);
	});

	test('loses no citation: own plus notes give back every row', () => {
		const factored = factorCommonCitations(rows, 2);
		factored.rows.forEach((row, index) => {
			const restored = [...row.own, ...row.notes.map((number) => factored.notes[number - 1])];
			expect(new Set(restored)).toEqual(new Set(rows[index]));
		});
	});

	test('leaves rows alone when nothing is shared often enough', () => {
		expect(factorCommonCitations(rows, 4)).toEqual({ notes: [], rows: rows.map((row) => ({ own: [...row], notes: [] })) });
	});
});
