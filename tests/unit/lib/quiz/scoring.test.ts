import { describe, expect, test } from 'vitest';
import { countNeededToPass, isAnswerCorrect, scoreAttempt } from '~/lib/quiz/scoring';

describe('isAnswerCorrect', () => {
	const single = { id: 'q1', correct: ['benar'] };
	const multiple = { id: 'q2', correct: ['a', 'c'] };

	test('accepts the correct single answer', () => {
		expect(isAnswerCorrect(single, ['benar'])).toBe(true);
	});

	test('rejects a wrong single answer and an empty one', () => {
		expect(isAnswerCorrect(single, ['salah'])).toBe(false);
		expect(isAnswerCorrect(single, [])).toBe(false);
	});

	test('accepts all correct values of a multiple select in any order', () => {
		expect(isAnswerCorrect(multiple, ['c', 'a'])).toBe(true);
	});

	test('rejects a partial or an over-full selection', () => {
		expect(isAnswerCorrect(multiple, ['a'])).toBe(false);
		expect(isAnswerCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
	});

	test('does not count a repeated value twice', () => {
		expect(isAnswerCorrect(multiple, ['a', 'a'])).toBe(false);
	});
});

describe('countNeededToPass', () => {
	test('rounds up so the pass mark is never undercut', () => {
		expect(countNeededToPass(8, 0.8)).toBe(7);
		expect(countNeededToPass(10, 0.8)).toBe(8);
		expect(countNeededToPass(20, 0.8)).toBe(16);
	});

	test('rejects a pass mark outside (0, 1]', () => {
		expect(() => countNeededToPass(10, 0)).toThrow(RangeError);
		expect(() => countNeededToPass(10, 1.5)).toThrow(RangeError);
	});
});

describe('scoreAttempt', () => {
	test('marks the attempt passed at exactly the pass mark', () => {
		const score = scoreAttempt([true, true, true, true, false], 0.8);
		expect(score).toMatchObject({ correct: 4, total: 5, needed: 4, isPassed: true });
		expect(score.ratio).toBeCloseTo(0.8);
	});

	test('marks the attempt failed one below the pass mark', () => {
		expect(scoreAttempt([true, true, true, false, false], 0.8).isPassed).toBe(false);
	});

	test('never passes an empty attempt', () => {
		expect(scoreAttempt([], 0.8)).toMatchObject({ total: 0, ratio: 0, isPassed: false });
	});
});
