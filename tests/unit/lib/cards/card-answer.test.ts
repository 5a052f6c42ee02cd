import { describe, expect, test } from 'vitest';
import {
	CARD_LETTERS,
	cardNumberFromMarkerId,
	cornersHeldUp,
	markerIdFromCardNumber,
	readCard,
	readUpEdge,
	type Point,
} from '~/lib/cards/card-answer';
import { MARKER_CELLS, markerCells } from '~/lib/cards/marker-grid';

const turn = (points: Point[], degrees: number, center: Point): Point[] => {
	const angle = (degrees * Math.PI) / 180;
	return points.map((p) => ({
		x: center.x + (p.x - center.x) * Math.cos(angle) - (p.y - center.y) * Math.sin(angle),
		y: center.y + (p.x - center.x) * Math.sin(angle) + (p.y - center.y) * Math.cos(angle),
	}));
};

describe('card numbers and marker ids', () => {
	test('card n carries marker id n - 1, across the whole 36h11 family', () => {
		expect(markerIdFromCardNumber(1)).toBe(0);
		expect(cardNumberFromMarkerId(586)).toBe(587);
		for (let card = 1; card <= 587; card++) expect(cardNumberFromMarkerId(markerIdFromCardNumber(card))).toBe(card);
	});

	test('refuses numbers outside the family with the allowed range', () => {
		expect(() => markerIdFromCardNumber(0)).toThrow(/1\.\.587/);
		expect(() => markerIdFromCardNumber(588)).toThrow(/1\.\.587/);
		expect(() => cardNumberFromMarkerId(587)).toThrow(/0\.\.586/);
		expect(() => cardNumberFromMarkerId(1.5)).toThrow();
	});
});

describe('readUpEdge', () => {
	const center = { x: 300, y: 200 };

	test.each(CARD_LETTERS)('reads %s when that edge is held up', (letter) => {
		expect(readUpEdge(cornersHeldUp(letter, center, 40)).letter).toBe(letter);
	});

	test('reads the same letter with the card wobbling up to 38° either way', () => {
		for (const letter of CARD_LETTERS) {
			for (const degrees of [-37, -15, 0, 15, 37]) {
				expect(readUpEdge(turn(cornersHeldUp(letter, center, 40), degrees, center)).letter).toBe(letter);
			}
		}
	});

	test('reports a card held near 45° as unclear rather than guessing', () => {
		const reading = readUpEdge(turn(cornersHeldUp('A', center, 40), 44, center));
		expect(reading.letter).toBeUndefined();
		expect(reading.skewDegrees).toBeCloseTo(44, 0);
	});

	test('survives the perspective of a card tilted away (top edge foreshortened)', () => {
		// Upright marker seen from below: top edge narrower than the bottom.
		const tilted = [
			{ x: 110, y: 100 },
			{ x: 150, y: 100 },
			{ x: 160, y: 130 },
			{ x: 100, y: 130 },
		];
		expect(readUpEdge(tilted).letter).toBe('A');
		// The same card held with B up: canonical corners start at the (now) top-right.
		expect(readUpEdge([tilted[3]!, tilted[0]!, tilted[1]!, tilted[2]!]).letter).toBe('B');
	});

	test('refuses anything but four corners', () => {
		expect(() => readUpEdge([{ x: 0, y: 0 }])).toThrow(/4 corners/);
	});

	test('readCard gives the card number, centre and side', () => {
		const reading = readCard({ id: 11, corners: cornersHeldUp('C', center, 40) });
		expect(reading).toMatchObject({ cardNumber: 12, letter: 'C' });
		expect(reading.center.x).toBeCloseTo(300);
		expect(reading.side).toBeCloseTo(40);
	});
});

describe('markerCells', () => {
	test('draws an 8×8 marker with a black border and the 36h11 code inside', () => {
		const cells = markerCells(0);
		expect(cells).toHaveLength(MARKER_CELLS);
		expect(cells.every((row) => row.length === MARKER_CELLS)).toBe(true);
		expect(cells[0]!.every(Boolean) && cells[7]!.every(Boolean) && cells.every((row) => row[0] && row[7])).toBe(true);
		// Code 0 of AprilTag 36h11 is 0xd5d628584; its first data row is 110101 (1 = white).
		expect(cells[1]!.slice(1, 7)).toEqual([false, false, true, false, true, false]);
	});

	test('gives every card a different pattern', () => {
		const patterns = new Set(Array.from({ length: 587 }, (_, id) => markerCells(id).flat().map(Number).join('')));
		expect(patterns.size).toBe(587);
	});
});

describe('card faces', async () => {
	const { markerPath, cardEdges, toSheets, describeHolder, CARD_UNITS } = await import('~/lib/cards/card-face');

	test('draws the marker as runs of black cells inside the 12-unit card', () => {
		const path = markerPath(1);
		// The border's top row is one run of 8 cells, two units in from the card's edge.
		expect(path.startsWith('M2 2h8v1h-8z')).toBe(true);
		const area = [...path.matchAll(/h(\d+)v1/g)].reduce((sum, match) => sum + Number(match[1]), 0);
		const black = markerCells(0).flat().filter(Boolean).length;
		expect(area).toBe(black);
		expect(CARD_UNITS).toBe(12);
	});

	test('puts A B C D clockwise from the top, with Boleh and Tidak boleh on A and B', () => {
		expect(cardEdges(['Boleh', 'Tidak boleh']).map((edge) => [edge.letter, edge.verdict, edge.rotation])).toEqual([
			['A', 'Boleh', 0],
			['B', 'Tidak boleh', 90],
			['C', undefined, 180],
			['D', undefined, 270],
		]);
	});

	test('splits cards into sheets of two or four', () => {
		expect(toSheets([1, 2, 3, 4, 5], 4)).toEqual([[1, 2, 3, 4], [5]]);
		expect(toSheets([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
	});

	test('names the holder under the card when the event has a list', () => {
		const template = { number: 'Kartu {number}', unit: '({unit})' };
		expect(describeHolder({ cardNumber: 7, participant: { nip: '1', name: 'Ani', unit: 'BKPSDM' } }, template)).toEqual({ number: 'Kartu 7', name: 'Ani', unit: '(BKPSDM)' });
		expect(describeHolder({ cardNumber: 8, participant: undefined }, template)).toEqual({ number: 'Kartu 8', name: '', unit: '' });
	});
});
