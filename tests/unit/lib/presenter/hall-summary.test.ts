import { describe, expect, test } from 'vitest';
import { summariseHallQuiz, type SummaryQuestion } from '~/lib/presenter/hall-summary';

const verdict = (id: string, number: number): SummaryQuestion => ({
	id,
	number,
	options: [
		{ value: 'boleh', isCorrect: false },
		{ value: 'tidak-boleh', isCorrect: true },
	],
});
const multiple: SummaryQuestion = {
	id: 'multi',
	number: 3,
	options: [
		{ value: 'a', isCorrect: true },
		{ value: 'b', isCorrect: false },
		{ value: 'c', isCorrect: true },
	],
};
const QUESTIONS = [verdict('satu', 1), verdict('dua', 2), multiple];

describe('summariseHallQuiz', () => {
	test('gives each question the share of the room that answered right', () => {
		const summary = summariseHallQuiz(QUESTIONS, { satu: { boleh: 3, 'tidak-boleh': 9 }, dua: { 'tidak-boleh': 10 } }, 0.8);
		expect(summary.results.map((result) => [result.number, result.percent, result.status])).toEqual([
			[1, 75, 'revisit'],
			[2, 100, 'understood'],
			[3, undefined, 'not-counted'],
		]);
		expect(summary).toMatchObject({ counted: 2, averagePercent: 88 });
		expect(summary.revisit.map((result) => result.id)).toEqual(['satu']);
	});

	test('marks a question for review below the pass mark, and not at exactly the pass mark', () => {
		expect(summariseHallQuiz([verdict('x', 1)], { x: { boleh: 2, 'tidak-boleh': 8 } }, 0.8).results[0]?.status).toBe('understood');
		expect(summariseHallQuiz([verdict('x', 1)], { x: { boleh: 21, 'tidak-boleh': 79 } }, 0.8).results[0]?.status).toBe('revisit');
	});

	test('counts hands on every right option of a multiple-answer question', () => {
		const [, , result] = summariseHallQuiz(QUESTIONS, { multi: { a: 10, b: 5, c: 5 } }, 0.8).results;
		expect(result).toMatchObject({ total: 20, correct: 15, percent: 75, status: 'revisit' });
	});

	test('treats a question counted at zero hands as not counted', () => {
		const summary = summariseHallQuiz(QUESTIONS, { satu: { boleh: 0, 'tidak-boleh': 0 } }, 0.8);
		expect(summary.results[0]?.status).toBe('not-counted');
		expect(summary).toMatchObject({ counted: 0, averagePercent: undefined, revisit: [] });
	});
});
