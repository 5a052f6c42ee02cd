import { describe, expect, test } from 'vitest';
import { drawBalancedQuestions } from '~/lib/pledge/draw-questions';
import { createSeededRandom } from '~/lib/quiz/random';

const modules = [
	Array.from({ length: 8 }, (_, index) => `a${index}`),
	Array.from({ length: 10 }, (_, index) => `b${index}`),
	Array.from({ length: 2 }, (_, index) => `c${index}`),
	Array.from({ length: 10 }, (_, index) => `d${index}`),
];

describe('drawBalancedQuestions', () => {
	test('draws the asked number of distinct questions', () => {
		const drawn = drawBalancedQuestions(modules, 20, createSeededRandom(1));
		expect(drawn).toHaveLength(20);
		expect(new Set(drawn).size).toBe(20);
	});

	test('balances modules: none has two more than another while it still has questions', () => {
		for (let seed = 0; seed < 20; seed++) {
			const drawn = drawBalancedQuestions(modules, 20, createSeededRandom(seed));
			const perModule = ['a', 'b', 'c', 'd'].map((prefix) => drawn.filter((id) => id.startsWith(prefix)).length);
			expect(perModule[2]).toBe(2);
			const others = [perModule[0]!, perModule[1]!, perModule[3]!];
			expect(Math.max(...others) - Math.min(...others)).toBeLessThanOrEqual(1);
		}
	});

	test('gives a fresh draw for another seed and the same draw for the same seed', () => {
		expect(drawBalancedQuestions(modules, 20, createSeededRandom('x'))).toEqual(drawBalancedQuestions(modules, 20, createSeededRandom('x')));
		expect(drawBalancedQuestions(modules, 20, createSeededRandom('x'))).not.toEqual(drawBalancedQuestions(modules, 20, createSeededRandom('y')));
	});

	test('returns everything when asked for more than there is', () => {
		expect(drawBalancedQuestions([['a'], ['b']], 5, createSeededRandom(1)).sort()).toEqual(['a', 'b']);
	});
});
