import { describe, expect, test } from 'vitest';
import { assignCards } from '~/lib/cards/card-holders';
import { buildCardRecord, observedCardScores } from '~/lib/cards/card-record';
import { buildRoster } from '~/lib/pledge/roster';
import type { CardTallyStore } from '~/lib/cards/card-tally';

const people = assignCards([
	{ nip: '198001012005011001', name: 'Ani', unit: 'BKPSDM' },
	{ nip: '198001012005011002', name: 'Budi', unit: 'Dinkes' },
	{ nip: '198001012005011003', name: 'Citra', unit: 'Dinkes' },
]);

const store: CardTallyStore = {
	version: 1,
	quizzes: {
		'/presentasi/kuis-kelas/media-sosial/': {
			eventCode: 'APEL',
			answers: { q1: { 1: 'B', 2: 'A' }, q2: { 1: 'C', 2: 'C' }, q3: { 1: 'A' } },
			key: { q1: ['B'], q2: ['C'], q3: ['A', 'D'] },
			updatedAt: '2026-12-01T09:00:00Z',
		},
		'/presentasi/kuis-kelas/sanksi/': { eventCode: 'APEL', answers: { s1: { 1: 'D', 2: 'D' } }, key: { s1: ['D'] }, updatedAt: '2026-12-01T09:10:00Z' },
		'/presentasi/kuis-kelas/lain/': { eventCode: 'LAIN', answers: { x: { 3: 'A' } }, key: { x: ['A'] }, updatedAt: '2026-12-01T09:20:00Z' },
	},
};

describe('buildCardRecord', () => {
	test('sums every hall quiz run for the event and judges the pass mark', () => {
		const record = buildCardRecord(store, 'APEL', people, 0.8);
		expect(record).toMatchObject({ quizzes: 2, questions: 3 });
		expect(record.rows.map((row) => [row.participant?.name, row.correct, row.total, row.percent, row.isPassed])).toEqual([
			['Ani', 3, 3, 100, true],
			['Budi', 2, 3, 67, false],
			['Citra', 0, 3, undefined, false],
		]);
	});

	test('an event with no scanned questions has nobody passed and no percent', () => {
		const record = buildCardRecord(store, 'KOSONG', people, 0.8);
		expect(record.questions).toBe(0);
		expect(record.rows.every((row) => row.percent === undefined && !row.isPassed)).toBe(true);
	});

	test('questions with several right options are left out, and another event never counts', () => {
		const record = buildCardRecord(store, 'LAIN', people, 0.5);
		expect(record.rows.find((row) => row.cardNumber === 3)).toMatchObject({ correct: 1, total: 1, isPassed: true });
		expect(record.rows.find((row) => row.cardNumber === 1)).toMatchObject({ answered: 0, percent: undefined });
	});
});

describe('describeCardRow', async () => {
	const { describeCardRow } = await import('~/lib/cards/card-record-text');
	const labels = { score: '{correct}/{total} ({percent}%)', notRead: 'tidak terbaca', passed: 'Lulus', notPassed: 'Belum lulus' };

	test('prints the score and verdict, or says the card was not read', () => {
		const [ani, budi, citra] = buildCardRecord(store, 'APEL', people, 0.8).rows;
		expect(describeCardRow(ani!, labels)).toEqual({ score: '3/3 (100%)', verdict: 'Lulus' });
		expect(describeCardRow(budi!, labels)).toEqual({ score: '2/3 (67%)', verdict: 'Belum lulus' });
		expect(describeCardRow(citra!, labels)).toEqual({ score: 'tidak terbaca', verdict: 'Belum lulus' });
	});
});

describe('toObservedScores', async () => {
	const { toObservedScores, latestScan } = await import('~/lib/cards/card-record');

	test('gives the roster one observed score per participant whose card was read', () => {
		const record = buildCardRecord(store, 'APEL', people, 0.8);
		expect(latestScan(store, 'APEL')).toBe('2026-12-01T09:10:00Z');
		expect(toObservedScores(record, '2026-12-01T09:10:00Z', 'kartu jawaban')).toEqual([
			{ nip: '198001012005011001', correct: 3, total: 3, observedAt: '2026-12-01T09:10:00Z', source: 'kartu jawaban' },
			{ nip: '198001012005011002', correct: 2, total: 3, observedAt: '2026-12-01T09:10:00Z', source: 'kartu jawaban' },
		]);
		expect(latestScan(store, 'KOSONG')).toBeUndefined();
	});
});

describe('observedCardScores', () => {
	const expected = people.map((holder) => ({ ...holder.participant!, unit: holder.participant!.unit ?? '' }));

	test("gives the roster each answering participant's score, observed at the event's latest scan", () => {
		const scores = observedCardScores(store, { code: 'APEL', expected, passPercent: 80 });
		expect(scores).toEqual([
			{ nip: '198001012005011001', correct: 3, total: 3, observedAt: '2026-12-01T09:10:00Z', source: 'kartu jawaban' },
			{ nip: '198001012005011002', correct: 2, total: 3, observedAt: '2026-12-01T09:10:00Z', source: 'kartu jawaban' },
		]);
	});

	test('the roster counts a card score that reaches the pass mark as done, labelled as observed', () => {
		const roster = buildRoster([], expected, 80, observedCardScores(store, { code: 'APEL', expected, passPercent: 80 }));
		expect(roster.rows.map((row) => [row.nip, row.observed?.source ?? null])).toEqual([
			['198001012005011001', 'kartu jawaban'],
			['198001012005011002', 'kartu jawaban'],
			['198001012005011003', null],
		]);
		// Ani's 3/3 reaches 80%; Budi's 2/3 does not, and Citra answered nothing.
		expect(roster.totals).toMatchObject({ done: 1, notYet: 2 });
	});

	test('nothing is observed for an event never scanned or without an expected list', () => {
		expect(observedCardScores(store, { code: 'KOSONG', expected, passPercent: 80 })).toEqual([]);
		expect(observedCardScores(store, { code: 'APEL', expected: [], passPercent: 80 })).toEqual([]);
	});
});
