import { describe, expect, test } from 'vitest';
import { drawPledgeQuestions, type DrawableQuestion } from '~/lib/pledge/draw-questions';
import { createSeededRandom } from '~/lib/quiz/random';

/** A situation question in bank `bank`; verdict key and acts as given. */
function question(id: string, options: { key?: 'boleh' | 'tidak-boleh'; acts?: string[]; kind?: 'situasi' | 'ingatan' } = {}): DrawableQuestion {
	return {
		id,
		type: options.key ? 'verdict' : 'single',
		kind: options.kind ?? 'situasi',
		acts: options.acts ?? [],
		correct: [options.key ?? 'jawaban'],
	};
}

const bankOf = (prefix: string, length: number, make: (index: number) => Parameters<typeof question>[1] = () => ({})) =>
	Array.from({ length }, (_, index) => question(`${prefix}${index}`, make(index)));

const banks = [bankOf('a', 8), bankOf('b', 10), bankOf('c', 2), bankOf('d', 10)];
const bankCounts = (drawn: DrawableQuestion[]) => ['a', 'b', 'c', 'd'].map((prefix) => drawn.filter((item) => item.id.startsWith(prefix)).length);

describe('drawPledgeQuestions', () => {
	test('draws the asked number of distinct questions', () => {
		const drawn = drawPledgeQuestions(banks, 20, createSeededRandom(1));
		expect(drawn).toHaveLength(20);
		expect(new Set(drawn.map((item) => item.id)).size).toBe(20);
	});

	test('balances banks: none has two more than another while it still has questions', () => {
		for (let seed = 0; seed < 20; seed++) {
			const counts = bankCounts(drawPledgeQuestions(banks, 20, createSeededRandom(seed)));
			expect(counts[2]).toBe(2);
			const others = [counts[0]!, counts[1]!, counts[3]!];
			expect(Math.max(...others) - Math.min(...others)).toBeLessThanOrEqual(1);
		}
	});

	test('leaves recall questions out', () => {
		const mixed = [bankOf('a', 6, (index) => ({ kind: index % 2 === 0 ? 'ingatan' : 'situasi' }))];
		const drawn = drawPledgeQuestions(mixed, 6, createSeededRandom(2));
		expect(drawn.map((item) => item.id).sort()).toEqual(['a1', 'a3', 'a5']);
	});

	test('never draws two questions on the same act', () => {
		const sharing = [
			bankOf('a', 6, (index) => ({ acts: [`act-${index % 3}`] })),
			bankOf('b', 6, (index) => ({ acts: [`act-${index % 2}`, `act-b${index}`] })),
		];
		for (let seed = 0; seed < 50; seed++) {
			const acts = drawPledgeQuestions(sharing, 12, createSeededRandom(seed)).flatMap((item) => item.acts);
			expect(new Set(acts).size).toBe(acts.length);
		}
	});

	test('keeps "boleh" and "tidak boleh" verdicts within one of each other when the banks allow it', () => {
		// Three "tidak boleh" for every "boleh", as the banks were before issue 14.
		const skewed = [
			bankOf('a', 12, (index) => ({ key: index % 4 === 0 ? 'boleh' : 'tidak-boleh' })),
			bankOf('b', 12, (index) => ({ key: index % 4 === 0 ? 'boleh' : 'tidak-boleh' })),
		];
		for (let seed = 0; seed < 50; seed++) {
			const drawn = drawPledgeQuestions(skewed, 12, createSeededRandom(seed));
			const boleh = drawn.filter((item) => item.correct[0] === 'boleh').length;
			expect(drawn).toHaveLength(12);
			expect(boleh).toBe(6);
		}
	});

	test('fills the draw with the other key only when one key has run out', () => {
		const drawn = drawPledgeQuestions([bankOf('a', 5, (index) => ({ key: index === 0 ? 'boleh' : 'tidak-boleh' }))], 5, createSeededRandom(3));
		expect(drawn).toHaveLength(5);
	});

	test('gives a fresh draw for another seed and the same draw for the same seed', () => {
		const ids = (seed: string) => drawPledgeQuestions(banks, 20, createSeededRandom(seed)).map((item) => item.id);
		expect(ids('x')).toEqual(ids('x'));
		expect(ids('x')).not.toEqual(ids('y'));
	});

	test('returns everything that fits when asked for more than there is', () => {
		const drawn = drawPledgeQuestions([[question('a')], [question('b')]], 5, createSeededRandom(1));
		expect(drawn.map((item) => item.id).sort()).toEqual(['a', 'b']);
	});
});
