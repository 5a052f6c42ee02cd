import { describe, expect, test } from 'vitest';
import { assignCards, findHolder } from '~/lib/cards/card-holders';
import {
	CARD_TALLY_KEY,
	clearQuizCards,
	countCardAnswers,
	createSteadyReader,
	loadCardTally,
	mergeReadings,
	saveCardTally,
	scoreCards,
	type CardQuestion,
} from '~/lib/cards/card-tally';
import { createMemoryStorage, createThrowingStorage } from '../../../support/storage';

const choice: CardQuestion = { id: 'q1', letters: ['A', 'B', 'C', 'D'], correctLetters: ['C'] };
const verdict: CardQuestion = { id: 'q2', letters: ['A', 'B'], correctLetters: ['B'] };
const many: CardQuestion = { id: 'q3', letters: ['A', 'B', 'C', 'D'], correctLetters: ['A', 'D'] };

describe('mergeReadings', () => {
	test('merges a second scan of the hall into the first', () => {
		const left = mergeReadings({}, [{ cardNumber: 1, letter: 'A' }, { cardNumber: 2, letter: 'C' }], choice);
		const right = mergeReadings(left.answers, [{ cardNumber: 3, letter: 'C' }, { cardNumber: 2, letter: 'C' }], choice);
		expect(right.answers).toEqual({ 1: 'A', 2: 'C', 3: 'C' });
		expect(right).toMatchObject({ added: 1, changed: 0 });
	});

	test('takes the latest letter when a card is seen again with another', () => {
		const merged = mergeReadings({ 5: 'A' }, [{ cardNumber: 5, letter: 'B' }], choice);
		expect(merged.answers).toEqual({ 5: 'B' });
		expect(merged.changed).toBe(1);
	});

	test('ignores unclear cards, C or D on a verdict question, and cards not on the event list', () => {
		const merged = mergeReadings(
			{},
			[
				{ cardNumber: 1, letter: undefined },
				{ cardNumber: 2, letter: 'C' },
				{ cardNumber: 3, letter: 'B' },
				{ cardNumber: 99, letter: 'A' },
			],
			verdict,
			new Set([1, 2, 3]),
		);
		expect(merged.answers).toEqual({ 3: 'B' });
		expect(merged.ignored).toBe(3);
	});
});

describe('countCardAnswers', () => {
	test('counts per option in the question letter order', () => {
		expect(countCardAnswers({ 1: 'A', 2: 'C', 3: 'C', 4: 'D' }, choice)).toEqual([1, 0, 2, 1]);
		expect(countCardAnswers({ 1: 'A', 2: 'B', 3: 'B' }, verdict)).toEqual([1, 2]);
	});
});

describe('scoreCards', () => {
	test('gives each card a point per question it answered right', () => {
		const scores = scoreCards({ q1: { 1: 'C', 2: 'A' }, q2: { 1: 'B', 3: 'B' } }, [choice, verdict]);
		expect(scores).toEqual([
			{ cardNumber: 1, answered: 2, correct: 2, total: 2 },
			{ cardNumber: 2, answered: 1, correct: 0, total: 2 },
			{ cardNumber: 3, answered: 1, correct: 1, total: 2 },
		]);
	});

	test('leaves questions with several right options out of the total', () => {
		const scores = scoreCards({ q1: { 1: 'C' }, q3: { 1: 'A' } }, [choice, many]);
		expect(scores).toEqual([{ cardNumber: 1, answered: 1, correct: 1, total: 1 }]);
	});

	test('counts only the questions the quiz has today', () => {
		expect(scoreCards({ removed: { 1: 'A' } }, [choice])).toEqual([]);
	});
});

describe('createSteadyReader', () => {
	test('lets a card count only after two frames agree', () => {
		const steady = createSteadyReader(2);
		expect(steady([{ cardNumber: 1, letter: 'A' }])).toEqual([]);
		expect(steady([{ cardNumber: 1, letter: 'A' }])).toEqual([{ cardNumber: 1, letter: 'A' }]);
		expect(steady([{ cardNumber: 1, letter: 'B' }])).toEqual([]);
		expect(steady([])).toEqual([]);
		expect(steady([{ cardNumber: 1, letter: 'B' }])).toEqual([]);
	});
});

describe('card tally storage', () => {
	test('round-trips through storage', () => {
		const storage = createMemoryStorage();
		const store = { version: 1 as const, quizzes: { '/k/': { eventCode: 'APEL', answers: { q1: { 1: 'A' as const } }, key: { q1: ['A'] }, updatedAt: '2026-12-01T09:00:00Z' } } };
		expect(saveCardTally(storage, store)).toBe(true);
		expect(loadCardTally(storage)).toEqual(store);
	});

	test('resets corrupted or tampered storage cleanly', () => {
		for (const bad of ['{', '{"version":2,"quizzes":{}}', '{"version":1,"quizzes":{"/k/":{"answers":{"q1":{"1":"E"}},"updatedAt":"x"}}}', '{"version":1,"quizzes":{"/k/":{"answers":{"q1":{"999":"A"}},"updatedAt":"x"}}}']) {
			const storage = createMemoryStorage({ [CARD_TALLY_KEY]: bad });
			expect(loadCardTally(storage)).toEqual({ version: 1, quizzes: {} });
			expect(storage.entries.has(CARD_TALLY_KEY)).toBe(false);
		}
	});

	test('keeps going when storage throws', () => {
		const throwing = createThrowingStorage();
		expect(loadCardTally(throwing)).toEqual({ version: 1, quizzes: {} });
		expect(saveCardTally(throwing, { version: 1, quizzes: {} })).toBe(false);
	});
});

describe('clearQuizCards', () => {
	const entry = { eventCode: 'APEL-A', answers: { q1: { 3: 'A' as const, 8: 'B' as const } }, key: { q1: ['A'] }, updatedAt: '2026-12-01T09:30:00.000Z' };

	test('forgets one hall quiz\'s answers and key, and keeps the other quizzes', () => {
		const storage = createMemoryStorage();
		saveCardTally(storage, { version: 1, quizzes: { '/presentasi/kuis-kelas/asas/': entry, '/presentasi/kuis-kelas/media-sosial/': entry } });
		expect(clearQuizCards(storage, '/presentasi/kuis-kelas/asas/')).toBe(true);
		expect(Object.keys(loadCardTally(storage).quizzes)).toEqual(['/presentasi/kuis-kelas/media-sosial/']);
	});

	test('has nothing to do for a quiz without scanned cards, and says when the device refuses', () => {
		expect(clearQuizCards(createMemoryStorage(), '/presentasi/kuis-kelas/asas/')).toBe(true);
		const refusing = createThrowingStorage(['setItem'], { [CARD_TALLY_KEY]: JSON.stringify({ version: 1, quizzes: { '/presentasi/kuis-kelas/asas/': entry } }) });
		expect(clearQuizCards(refusing, '/presentasi/kuis-kelas/asas/')).toBe(false);
	});
});

describe('assignCards', () => {
	const people = [
		{ nip: '198001012005011001', name: 'Ani', unit: 'BKPSDM' },
		{ nip: '198001012005011002', name: 'Budi', unit: 'Dinas Kesehatan' },
	];

	test('numbers cards in the order of the expected list', () => {
		const holders = assignCards(people);
		expect(holders.map((holder) => [holder.cardNumber, holder.participant?.name])).toEqual([
			[1, 'Ani'],
			[2, 'Budi'],
		]);
		expect(findHolder(holders, 2)?.participant?.nip).toBe('198001012005011002');
		expect(findHolder(holders, 3)).toBeUndefined();
	});

	test('makes blank numbered cards without a list', () => {
		expect(assignCards(undefined, 3).map((holder) => holder.cardNumber)).toEqual([1, 2, 3]);
	});

	test('refuses more participants than the marker family holds, naming the limit', () => {
		expect(() => assignCards(undefined, 588)).toThrow(/587/);
		expect(() => assignCards(undefined, 0)).toThrow(/1 atau lebih/);
	});
});
