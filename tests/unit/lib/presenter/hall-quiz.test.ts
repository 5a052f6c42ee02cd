import { describe, expect, test } from 'vitest';
import { describeCorrectOptions, letterFor, toHallQuestions } from '~/lib/presenter/hall-quiz';
import { sampleQuiz } from '../../../support/quiz-fixture';

describe('letterFor', () => {
	test('letters options from A', () => {
		expect([0, 1, 2, 3, 5].map(letterFor)).toEqual(['A', 'B', 'C', 'D', 'F']);
	});
});

describe('toHallQuestions', () => {
	const questions = toHallQuestions(sampleQuiz);

	test('numbers the questions in bank order', () => {
		expect(questions.map((question) => [question.number, question.id])).toEqual([
			[1, 'q-single'],
			[2, 'q-multiple'],
			[3, 'q-verdict'],
		]);
	});

	test('letters verdict questions A Boleh, B Tidak boleh', () => {
		const verdict = questions[2];
		expect(verdict?.options).toEqual([
			{ letter: 'A', value: 'boleh', label: 'Boleh', isCorrect: false },
			{ letter: 'B', value: 'tidak-boleh', label: 'Tidak boleh', isCorrect: true },
		]);
	});

	test('keeps every option of a choice question and marks the right ones', () => {
		const multiple = questions[1];
		expect(multiple?.options.map((option) => option.letter)).toEqual(['A', 'B', 'C']);
		expect(multiple?.options.map((option) => option.label).sort()).toEqual(['Anggota TNI', 'PNS', 'PPPK']);
		expect(multiple?.options.filter((option) => option.isCorrect).map((option) => option.label).sort()).toEqual(['PNS', 'PPPK']);
	});

	test('orders options the same way on every build, so a presenter can prepare', () => {
		expect(toHallQuestions(sampleQuiz)).toEqual(questions);
	});

	test('does not always put the correct answer first', () => {
		const many = Array.from({ length: 12 }, (_, index) => ({
			...sampleQuiz.questions[0]!,
			id: `soal-${index}`,
			options: ['a', 'b', 'c', 'd'].map((value) => ({ value, label: value })),
			correct: ['a'],
		}));
		const letters = new Set(
			toHallQuestions({ ...sampleQuiz, questions: many }).map((question) => question.options.find((option) => option.isCorrect)?.letter),
		);
		expect(letters.size).toBeGreaterThan(1);
	});

	test('carries the explanation and the resolved legal basis', () => {
		expect(questions[0]?.explanation).toBe(sampleQuiz.questions[0]?.explanation);
		expect(questions[0]?.legalBasis).toEqual(sampleQuiz.questions[0]?.legalBasis);
	});
});

describe('describeCorrectOptions', () => {
	test('names the right options with their letters', () => {
		const [, multiple, verdict] = toHallQuestions(sampleQuiz);
		expect(describeCorrectOptions(verdict!)).toEqual(['B. Tidak boleh']);
		expect(describeCorrectOptions(multiple!)).toHaveLength(2);
		expect(describeCorrectOptions(multiple!).every((text) => /^[A-C]\. (PNS|PPPK)$/.test(text))).toBe(true);
	});
});
