import { describe, expect, test } from 'vitest';
import { createProgressStore, EMPTY_PROGRESS, PROGRESS_KEY, readProgressFile, reconcileAttempt, recordFinish, type BankProgress, type SavedAttempt } from '~/lib/quiz/progress-store';
import type { StorageLike } from '~/lib/storage/browser-storage';

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

const attempt: SavedAttempt = {
	order: ['a', 'b'],
	optionOrder: { a: ['x', 'y'], b: ['boleh', 'tidak-boleh'] },
	position: 1,
	selections: { a: ['x'] },
	results: { a: true },
	phase: 'answering',
};
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

describe('reconcileAttempt', () => {
	const keepOrder = <T,>(items: readonly T[]) => [...items];
	const current = [
		{ id: 'a', type: 'single', options: ['x', 'y'], correct: ['x'] },
		{ id: 'b', type: 'verdict', options: ['boleh', 'tidak-boleh'], correct: ['tidak-boleh'] },
	];

	test('returns the same attempt when the bank is unchanged', () => {
		expect(reconcileAttempt(attempt, current, keepOrder)).toEqual(attempt);
	});

	test('drops a question removed from the bank and resumes on the next open one', () => {
		const result = reconcileAttempt({ ...attempt, position: 0 }, current.slice(1), keepOrder);
		expect(result).toMatchObject({ order: ['b'], position: 0, results: {}, phase: 'answering' });
	});

	test('appends a question added to the bank and reopens a finished attempt on it', () => {
		const finished: SavedAttempt = { ...attempt, selections: { a: ['x'], b: ['boleh'] }, results: { a: true, b: false }, phase: 'results' };
		const result = reconcileAttempt(finished, [...current, { id: 'c', type: 'verdict', options: ['boleh', 'tidak-boleh'], correct: ['boleh'] }], keepOrder);
		expect(result).toMatchObject({ order: ['a', 'b', 'c'], position: 2, phase: 'answering' });
	});

	test('re-judges a checked answer against a corrected answer key', () => {
		const result = reconcileAttempt(attempt, [{ ...current[0]!, correct: ['y'] }, current[1]!], keepOrder);
		expect(result?.results).toEqual({ a: false });
	});

	test('reopens an answer whose chosen option was removed', () => {
		const result = reconcileAttempt(attempt, [{ ...current[0]!, options: ['y', 'z'], correct: ['y'] }, current[1]!], keepOrder);
		expect(result?.results).toEqual({});
		expect(result?.optionOrder.a).toEqual(['y', 'z']);
	});

	test('gives up when none of the saved questions exist any more', () => {
		expect(reconcileAttempt(attempt, [{ id: 'z', type: 'single', options: ['p', 'q'], correct: ['p'] }], keepOrder)).toBeNull();
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
