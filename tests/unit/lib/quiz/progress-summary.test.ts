import { describe, expect, test } from 'vitest';
import { EMPTY_PROGRESS } from '~/lib/quiz/progress-store';
import { describeProgress } from '~/lib/quiz/progress-summary';

const labels = {
	notStarted: 'Belum dikerjakan',
	inProgress: 'Sedang dikerjakan: {answered} dari {total} soal',
	last: 'Terakhir: {correct} dari {total} benar ({verdict})',
	best: 'Terbaik: {correct} dari {total}',
	passed: 'lulus',
	notPassed: 'belum lulus',
};
const summary = (correct: number) => ({ correct, total: 10, isPassed: correct >= 8, finishedAt: '2026-11-22T10:00:00.000Z' });
const attempt = { order: ['a', 'b', 'c'], optionOrder: {}, position: 1, selections: {}, results: { a: true }, phase: 'answering' as const };

describe('describeProgress', () => {
	test('says a quiz was not started', () => {
		expect(describeProgress(undefined, labels)).toBe('Belum dikerjakan');
		expect(describeProgress(EMPTY_PROGRESS, labels)).toBe('Belum dikerjakan');
	});

	test('reports an attempt in progress', () => {
		expect(describeProgress({ ...EMPTY_PROGRESS, attempt }, labels)).toBe('Sedang dikerjakan: 1 dari 3 soal');
	});

	test('reports the last result, and the best one after several attempts', () => {
		expect(describeProgress({ attempt: null, last: summary(6), best: summary(9), attempts: 2 }, labels)).toBe(
			'Terakhir: 6 dari 10 benar (belum lulus) · Terbaik: 9 dari 10',
		);
		expect(describeProgress({ attempt: null, last: summary(9), best: summary(9), attempts: 1 }, labels)).toBe('Terakhir: 9 dari 10 benar (lulus)');
	});
});
