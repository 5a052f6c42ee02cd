import { describe, expect, test } from 'vitest';
import { createProgressStore, EMPTY_PROGRESS, PROGRESS_KEY, readProgressFile, recordFinish, type BankProgress } from '~/lib/quiz/progress-store';
import { sampleSavedAttempt } from '../../../support/quiz-fixture';
import { createMemoryStorage, createThrowingStorage } from '../../../support/storage';

const attempt = sampleSavedAttempt;
const progress: BankProgress = { attempt, last: null, best: { correct: 2, total: 2, isPassed: true, finishedAt: '2026-11-22T10:00:00.000Z' }, attempts: 1 };

describe('createProgressStore', () => {
	test('saves and loads a bank under the versioned key', () => {
		const storage = createMemoryStorage();
		const store = createProgressStore(storage);
		expect(store.save('media-sosial', progress)).toBe(true);
		expect(JSON.parse(storage.entries.get(PROGRESS_KEY) ?? '{}').version).toBe(1);
		expect(createProgressStore(storage).load('media-sosial')).toEqual(progress);
	});

	test('keeps other banks when saving one', () => {
		const storage = createMemoryStorage();
		const store = createProgressStore(storage);
		store.save('a', progress);
		store.save('b', { ...EMPTY_PROGRESS, attempts: 3 });
		expect(Object.keys(store.loadAll()).sort()).toEqual(['a', 'b']);
	});

	test('starts empty without storage, and says it could not save', () => {
		const store = createProgressStore(undefined);
		expect(store.load('x')).toEqual(EMPTY_PROGRESS);
		expect(store.save('x', progress)).toBe(false);
	});

	test('starts empty when reading storage throws', () => {
		expect(createProgressStore(createThrowingStorage(['getItem'])).load('x')).toEqual(EMPTY_PROGRESS);
	});

	test('reports a full storage instead of throwing', () => {
		expect(createProgressStore(createThrowingStorage(['setItem'])).save('x', progress)).toBe(false);
	});

	test.each([
		['not JSON', '{oops'],
		['another version', JSON.stringify({ version: 2, banks: {} })],
		['a wrong shape', JSON.stringify([1, 2, 3])],
	])('resets %s and starts empty', (_, text) => {
		const storage = createMemoryStorage({ [PROGRESS_KEY]: text });
		expect(createProgressStore(storage).load('x')).toEqual(EMPTY_PROGRESS);
		expect(storage.entries.has(PROGRESS_KEY)).toBe(false);
	});

	test('survives a corrupted value it cannot even remove', () => {
		expect(createProgressStore(createThrowingStorage(['removeItem'], { [PROGRESS_KEY]: '{oops' })).load('x')).toEqual(EMPTY_PROGRESS);
	});
});

describe('readProgressFile', () => {
	test('drops an invalid attempt or summary but keeps the rest of the bank', () => {
		const value = {
			version: 1,
			banks: { a: { attempt: { order: 'nope' }, best: { correct: 5, total: 2, isPassed: true, finishedAt: 'x' }, last: null, attempts: 4 } },
		};
		expect(readProgressFile(value)?.banks.a).toEqual({ attempt: null, last: null, best: null, attempts: 4 });
	});
});

describe('recordFinish', () => {
	const summary = (correct: number) => ({ correct, total: 10, isPassed: correct >= 8, finishedAt: `2026-11-22T10:0${correct}:00.000Z` });

	test('counts the attempt and keeps the best score', () => {
		const first = recordFinish(EMPTY_PROGRESS, summary(6));
		const second = recordFinish(first, summary(9));
		const third = recordFinish(second, summary(7));
		expect(third).toMatchObject({ attempts: 3, last: summary(7), best: summary(9) });
	});
});
