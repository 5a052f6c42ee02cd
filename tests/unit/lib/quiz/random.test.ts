import { describe, expect, test } from 'vitest';
import { createSeededRandom, hashSeed } from '~/lib/quiz/random';

describe('createSeededRandom', () => {
	test('gives the same sequence for the same seed', () => {
		const a = createSeededRandom('uji');
		const b = createSeededRandom('uji');
		expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
	});

	test('gives different sequences for different seeds', () => {
		expect(createSeededRandom('satu')()).not.toBe(createSeededRandom('dua')());
	});

	test('stays within [0, 1)', () => {
		const random = createSeededRandom(42);
		for (let index = 0; index < 1000; index++) {
			const value = random();
			expect(value).toBeGreaterThanOrEqual(0);
			expect(value).toBeLessThan(1);
		}
	});
});

describe('hashSeed', () => {
	test('treats a number and its text alike', () => {
		expect(hashSeed(7)).toBe(hashSeed('7'));
	});
});
