import { describe, expect, test } from 'vitest';
import { checkAnswer, createQuizState, goToNext, listMistakes, scoreQuizState, selectOption } from '~/components/quiz/quiz-state';
import { createSeededRandom } from '~/lib/quiz/random';
import { sampleQuestions } from '../../../support/quiz-fixture';

const [single, multiple, verdict] = sampleQuestions as [(typeof sampleQuestions)[0], (typeof sampleQuestions)[0], (typeof sampleQuestions)[0]];

describe('createQuizState', () => {
	test('shows every question once, starting at the first, answering', () => {
		const state = createQuizState(sampleQuestions, createSeededRandom(1));
		expect([...state.order].sort()).toEqual(['q-multiple', 'q-single', 'q-verdict']);
		expect(state).toMatchObject({ position: 0, phase: 'answering', selections: {}, results: {} });
	});

	test('keeps verdict options in their fixed order', () => {
		for (let seed = 0; seed < 10; seed++) {
			expect(createQuizState(sampleQuestions, createSeededRandom(seed)).optionOrder['q-verdict']).toEqual(['boleh', 'tidak-boleh']);
		}
	});

	test('is repeatable with the same seed', () => {
		expect(createQuizState(sampleQuestions, createSeededRandom('s'))).toEqual(createQuizState(sampleQuestions, createSeededRandom('s')));
	});
});

describe('selectOption', () => {
	const start = createQuizState(sampleQuestions, createSeededRandom(1));

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
	const start = createQuizState(sampleQuestions, createSeededRandom(1));

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
		let state = createQuizState(sampleQuestions, createSeededRandom(3));
		const answers: Record<string, string[]> = { 'q-single': ['Pasal 24 ayat (1) huruf d'], 'q-multiple': ['PNS'], 'q-verdict': ['tidak-boleh'] };
		for (let step = 0; step < sampleQuestions.length; step++) {
			const question = sampleQuestions.find((candidate) => candidate.id === state.order[state.position])!;
			for (const value of answers[question.id] ?? []) state = selectOption(state, question, value);
			state = goToNext(checkAnswer(state, question));
		}
		expect(state.phase).toBe('results');
		expect(scoreQuizState(state, 0.8)).toMatchObject({ correct: 2, total: 3, needed: 3, isPassed: false });
		expect(listMistakes(state, sampleQuestions).map((question) => question.id)).toEqual(['q-multiple']);
	});
});
