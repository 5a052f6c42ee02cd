import { describe, expect, test } from 'vitest';
import { drawPledgeQuestions } from '~/lib/pledge/draw-questions';
import { DEFAULT_SETTINGS, QUESTION_COUNT_RANGE } from '~/lib/pledge/event-settings';
import { createSeededRandom } from '~/lib/quiz/random';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadCollection } from '../../support/content';
import { GUESS_STRATEGIES, scoreStrategy } from '../../support/guess-strategies';

const banks = loadCollection('question-banks', QuestionBankSchema);
const percent = (share: number) => `${Math.round(share * 100)}%`;

describe('guessing fails', () => {
	test('every answering pattern scores below 50% on every bank', () => {
		const failures = banks.flatMap((bank) =>
			GUESS_STRATEGIES.flatMap((strategy) => {
				const score = scoreStrategy(strategy, bank.data.questions);
				return score < 0.5 ? [] : [`${bank.file}: strategi ${strategy.name} mendapat ${percent(score)} (harus di bawah 50%)`];
			}),
		);
		expect(failures).toEqual([]);
	});

	for (const count of [QUESTION_COUNT_RANGE.min, DEFAULT_SETTINGS.questionCount, QUESTION_COUNT_RANGE.max]) {
		test(`every answering pattern stays below the pledge pass mark on 200 seeded draws of ${count} questions`, () => {
			const questionsByBank = banks.map((bank) => bank.data.questions);
			const failures: string[] = [];
			const highest = new Map<string, number>();
			for (let seed = 0; seed < 200; seed++) {
				const drawn = drawPledgeQuestions(questionsByBank, count, createSeededRandom(`ikrar-${seed}`));
				if (drawn.length !== count) failures.push(`undian ikrar-${seed}: hanya ${drawn.length} dari ${count} soal situasi yang bisa diundi tanpa mengulang perbuatan`);
				for (const strategy of GUESS_STRATEGIES) {
					const score = scoreStrategy(strategy, drawn);
					highest.set(strategy.name, Math.max(highest.get(strategy.name) ?? 0, score));
					if (score >= DEFAULT_SETTINGS.passMark) failures.push(`undian ikrar-${seed} (${count} soal): strategi ${strategy.name} mendapat ${percent(score)}, batas lulus ${percent(DEFAULT_SETTINGS.passMark)}`);
				}
			}
			console.info(`undian ${count} soal, skor tertinggi dari 200 undian: ${[...highest].map(([name, score]) => `${name} ${percent(score)}`).join('; ')}`);
			expect(failures).toEqual([]);
		});
	}
});
