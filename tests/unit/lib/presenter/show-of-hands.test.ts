import { describe, expect, test } from 'vitest';
import { parseHandCount, summariseHands } from '~/lib/presenter/show-of-hands';

describe('parseHandCount', () => {
	test('reads whole numbers, ignoring spaces', () => {
		expect(parseHandCount('12')).toBe(12);
		expect(parseHandCount(' 0 ')).toBe(0);
	});

	test('treats an empty or unusable entry as not counted', () => {
		expect(parseHandCount('')).toBeUndefined();
		expect(parseHandCount('-3')).toBeUndefined();
		expect(parseHandCount('2.5')).toBeUndefined();
		expect(parseHandCount('dua')).toBeUndefined();
	});
});

describe('summariseHands', () => {
	test('gives each option its share of all hands', () => {
		const result = summariseHands([3, 1]);
		expect(result.total).toBe(4);
		expect(result.shares).toEqual([
			{ count: 3, percent: 75 },
			{ count: 1, percent: 25 },
		]);
		expect(result.hasCounts).toBe(true);
	});

	test('rounds so the shares add up to exactly 100', () => {
		const result = summariseHands([1, 1, 1]);
		expect(result.shares.map((share) => share.percent)).toEqual([34, 33, 33]);
		const uneven = summariseHands([2, 3, 3, 1, 5, 7]);
		expect(uneven.shares.reduce((sum, share) => sum + share.percent, 0)).toBe(100);
	});

	test('counts an option left empty as zero hands', () => {
		expect(summariseHands([undefined, 4]).shares).toEqual([
			{ count: 0, percent: 0 },
			{ count: 4, percent: 100 },
		]);
	});

	test('shows nothing until something is counted', () => {
		expect(summariseHands([undefined, undefined]).hasCounts).toBe(false);
	});

	test('shows zero hands when the presenter counted and nobody raised a hand', () => {
		const result = summariseHands([0, undefined]);
		expect(result).toEqual({ total: 0, shares: [{ count: 0, percent: 0 }, { count: 0, percent: 0 }], hasCounts: true });
	});
});
