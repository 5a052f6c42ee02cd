import { describe, expect, test } from 'vitest';
import { createProgressStore, EMPTY_PROGRESS, PROGRESS_KEY, readProgressFile, recordFinish, type BankProgress } from '~/lib/quiz/progress-store';
import type { StorageLike } from '~/lib/storage/browser-storage';
import { sampleSavedAttempt } from '../../../support/quiz-fixture';

/** Web Storage in memory; `failOn` makes chosen methods throw like a locked or full browser store. */
function memoryStorage(initial: Record<string, string> = {}, failOn: { get?: boolean; set?: boolean; remove?: boolean } = {}): StorageLike & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key) => {
			if (failOn.get) throw new Error('SecurityError');
			return data.get(key) ?? null;
		},
		setItem: (key, value) => {
			if (failOn.set) throw new DOMException('quota', 'QuotaExceededError');
			data.set(key, value);
		},
		removeItem: (key) => {
			if (failOn.remove) throw new Error('SecurityError');
			data.delete(key);
		},
	};
}

const attempt = sampleSavedAttempt;
const progress: BankProgress = { attempt, last: null, best: { correct: 2, total: 2, isPassed: true, finishedAt: '2026-11-22T10:00:00.000Z' }, attempts: 1 };

describe('createProgressStore', () => {
	test('saves and loads a bank under the versioned key', () => {
		const storage = memoryStorage();
		const store = createProgressStore(storage);
		expect(store.save('media-sosial', progress)).toBe(true);
		expect(JSON.parse(storage.data.get(PROGRESS_KEY) ?? '{}').version).toBe(1);
		expect(createProgressStore(storage).load('media-sosial')).toEqual(progress);
	});

	test('keeps other banks when saving one', () => {
		const storage = memoryStorage();
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
		expect(createProgressStore(memoryStorage({}, { get: true })).load('x')).toEqual(EMPTY_PROGRESS);
	});

	test('reports a full storage instead of throwing', () => {
		expect(createProgressStore(memoryStorage({}, { set: true })).save('x', progress)).toBe(false);
	});

	test.each([
		['not JSON', '{oops'],
		['another version', JSON.stringify({ version: 2, banks: {} })],
		['a wrong shape', JSON.stringify([1, 2, 3])],
	])('resets %s and starts empty', (_, text) => {
		const storage = memoryStorage({ [PROGRESS_KEY]: text });
		expect(createProgressStore(storage).load('x')).toEqual(EMPTY_PROGRESS);
		expect(storage.data.has(PROGRESS_KEY)).toBe(false);
	});

	test('survives a corrupted value it cannot even remove', () => {
		expect(createProgressStore(memoryStorage({ [PROGRESS_KEY]: '{oops' }, { remove: true })).load('x')).toEqual(EMPTY_PROGRESS);
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
