import { describe, expect, test } from 'vitest';
import { checkAnswer, countNeededToPass, createAttempt, goToNext, isAnswerCorrect, listMistakes, reconcileAttempt, resumeAttempt, scoreAttempt, scoreResults, selectOption, type Attempt, type AttemptQuestion } from '~/lib/quiz/attempt';
import { createSeededRandom } from '~/lib/quiz/random';
import { sampleQuestions, sampleSavedAttempt } from '../../../support/quiz-fixture';

const [single, multiple, verdict] = sampleQuestions as [(typeof sampleQuestions)[0], (typeof sampleQuestions)[0], (typeof sampleQuestions)[0]];

describe('createAttempt', () => {
	test('shows every question once, starting at the first, answering', () => {
		const state = createAttempt(sampleQuestions, createSeededRandom(1));
		expect([...state.order].sort()).toEqual(['q-multiple', 'q-single', 'q-verdict']);
		expect(state).toMatchObject({ position: 0, phase: 'answering', selections: {}, results: {} });
	});

	test('keeps verdict options in their fixed order', () => {
		for (let seed = 0; seed < 10; seed++) {
			expect(createAttempt(sampleQuestions, createSeededRandom(seed)).optionOrder['q-verdict']).toEqual(['boleh', 'tidak-boleh']);
		}
	});

	test('is repeatable with the same seed', () => {
		expect(createAttempt(sampleQuestions, createSeededRandom('s'))).toEqual(createAttempt(sampleQuestions, createSeededRandom('s')));
	});
});

describe('selectOption', () => {
	const start = createAttempt(sampleQuestions, createSeededRandom(1));

	test('replaces the choice of a single-choice question', () => {
		const state = selectOption(selectOption(start, single, 'Pasal 52 ayat (4)'), single, 'Pasal 24 ayat (1) huruf d');
		expect(state.selections['q-single']).toEqual(['Pasal 24 ayat (1) huruf d']);
	});

	test('toggles choices of a multiple-select question', () => {
		const state = selectOption(selectOption(selectOption(start, multiple, 'PNS'), multiple, 'PPPK'), multiple, 'PNS');
		expect(state.selections['q-multiple']).toEqual(['PPPK']);
	});

	test('ignores changes after the answer was checked', () => {
		const checked = checkAnswer(selectOption(start, verdict, 'boleh'), verdict);
		expect(selectOption(checked, verdict, 'tidak-boleh')).toBe(checked);
	});
});

describe('checkAnswer', () => {
	const start = createAttempt(sampleQuestions, createSeededRandom(1));

	test('does nothing without a selection', () => {
		expect(checkAnswer(start, single)).toBe(start);
	});

	test('records a right and a wrong answer', () => {
		const right = checkAnswer(selectOption(start, verdict, 'tidak-boleh'), verdict);
		const wrong = checkAnswer(selectOption(start, verdict, 'boleh'), verdict);
		expect(right.results['q-verdict']).toBe(true);
		expect(wrong.results['q-verdict']).toBe(false);
	});
});

describe('a whole attempt', () => {
	test('moves through every question to the results and scores them', () => {
		let state = createAttempt(sampleQuestions, createSeededRandom(3));
		const answers: Record<string, string[]> = { 'q-single': ['Pasal 24 ayat (1) huruf d'], 'q-multiple': ['PNS'], 'q-verdict': ['tidak-boleh'] };
		for (let step = 0; step < sampleQuestions.length; step++) {
			const question = sampleQuestions.find((candidate) => candidate.id === state.order[state.position])!;
			for (const value of answers[question.id] ?? []) state = selectOption(state, question, value);
			state = goToNext(checkAnswer(state, question));
		}
		expect(state.phase).toBe('results');
		expect(scoreAttempt(state, 0.8)).toMatchObject({ correct: 2, total: 3, needed: 3, isPassed: false });
		expect(listMistakes(state, sampleQuestions).map((question) => question.id)).toEqual(['q-multiple']);
	});
});


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

describe('scoreResults', () => {
	test('marks the attempt passed at exactly the pass mark', () => {
		const score = scoreResults([true, true, true, true, false], 0.8);
		expect(score).toMatchObject({ correct: 4, total: 5, needed: 4, isPassed: true });
		expect(score.ratio).toBeCloseTo(0.8);
	});

	test('marks the attempt failed one below the pass mark', () => {
		expect(scoreResults([true, true, true, false, false], 0.8).isPassed).toBe(false);
	});

	test('never passes an empty attempt', () => {
		expect(scoreResults([], 0.8)).toMatchObject({ total: 0, ratio: 0, isPassed: false });
	});
});

const attempt = sampleSavedAttempt;
describe('reconcileAttempt', () => {
	// A random source just below 1 makes Fisher-Yates keep the order, so results are easy to read.
	const keepOrder = () => 0.999999;
	const current: AttemptQuestion[] = [
		{ id: 'a', type: 'single' as const, options: [{ value: 'x' }, { value: 'y' }], correct: ['x'] },
		{ id: 'b', type: 'verdict' as const, options: [{ value: 'boleh' }, { value: 'tidak-boleh' }], correct: ['tidak-boleh'] },
	];

	test('returns the same attempt when the bank is unchanged', () => {
		expect(reconcileAttempt(attempt, current, keepOrder)).toEqual(attempt);
	});

	test('drops a question removed from the bank and resumes on the next open one', () => {
		const result = reconcileAttempt({ ...attempt, position: 0 }, current.slice(1), keepOrder);
		expect(result).toMatchObject({ order: ['b'], position: 0, results: {}, phase: 'answering' });
	});

	test('appends a question added to the bank and reopens a finished attempt on it', () => {
		const finished: Attempt = { ...attempt, selections: { a: ['x'], b: ['boleh'] }, results: { a: true, b: false }, phase: 'results' };
		const result = reconcileAttempt(finished, [...current, { id: 'c', type: 'verdict' as const, options: [{ value: 'boleh' }, { value: 'tidak-boleh' }], correct: ['boleh'] }], keepOrder);
		expect(result).toMatchObject({ order: ['a', 'b', 'c'], position: 2, phase: 'answering' });
	});

	test('re-judges a checked answer against a corrected answer key', () => {
		const result = reconcileAttempt(attempt, [{ ...current[0]!, correct: ['y'] }, current[1]!], keepOrder);
		expect(result?.results).toEqual({ a: false });
	});

	test('reopens an answer whose chosen option was removed', () => {
		const result = reconcileAttempt(attempt, [{ ...current[0]!, options: [{ value: 'y' }, { value: 'z' }], correct: ['y'] }, current[1]!], keepOrder);
		expect(result?.results).toEqual({});
		expect(result?.optionOrder.a).toEqual(['y', 'z']);
	});

	test('gives up when none of the saved questions exist any more', () => {
		expect(reconcileAttempt(attempt, [{ id: 'z', type: 'single' as const, options: [{ value: 'p' }, { value: 'q' }], correct: ['p'] }], keepOrder)).toBeNull();
	});
});


describe('resumeAttempt', () => {
	test('starts a fresh attempt when nothing was saved', () => {
		const resumed = resumeAttempt(sampleQuestions, null, createSeededRandom(1));
		expect(resumed).toEqual(createAttempt(sampleQuestions, createSeededRandom(1)));
	});

	test('continues a saved attempt on the question that was on screen', () => {
		const saved = { ...createAttempt(sampleQuestions, createSeededRandom(1)), position: 2 };
		expect(resumeAttempt(sampleQuestions, saved, createSeededRandom(2))).toEqual(saved);
	});

	test('takes the questions as the island receives them, without reshaping', () => {
		const saved = createAttempt(sampleQuestions, createSeededRandom(5));
		const single = sampleQuestions[0]!;
		const answered = checkAnswer(selectOption(saved, single, single.correct[0]!), single);
		expect(resumeAttempt(sampleQuestions, answered, createSeededRandom(6)).results[single.id]).toBe(true);
	});
});
