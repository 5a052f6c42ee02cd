import { describe, expect, test } from 'vitest';
import { createSeededRandom } from '~/lib/quiz/random';
import { shuffle } from '~/lib/quiz/shuffle';

describe('shuffle', () => {
	const items = ['a', 'b', 'c', 'd', 'e', 'f'];

	test('keeps every item exactly once', () => {
		expect(shuffle(items, createSeededRandom(1)).sort()).toEqual(items);
	});

	test('leaves the input untouched', () => {
		const copy = [...items];
		shuffle(items, createSeededRandom(2));
		expect(items).toEqual(copy);
	});

	test('is repeatable with the same seed', () => {
		expect(shuffle(items, createSeededRandom('x'))).toEqual(shuffle(items, createSeededRandom('x')));
	});

	test('actually reorders: some seed moves the first item', () => {
		const firsts = new Set(Array.from({ length: 20 }, (_, seed) => shuffle(items, createSeededRandom(seed))[0]));
		expect(firsts.size).toBeGreaterThan(1);
	});

	test('puts the last item first when random always returns 0', () => {
		expect(shuffle(['a', 'b', 'c'], () => 0)).toEqual(['b', 'c', 'a']);
	});
});
