import { describe, expect, test } from 'vitest';
import { addCounts, countsInOrder, createHallTallyStore, HALL_TALLY_KEY, MAX_HALL_COUNT, parseStoredTally, reconcileCounts, setCount } from '~/lib/presenter/hall-tally';
import { createMemoryStorage } from '~/lib/storage/browser-storage';
import { createThrowingStorage } from '../../../support/storage';

const QUESTIONS = [
	{ id: 'like', options: [{ value: 'boleh' }, { value: 'tidak-boleh' }] },
	{ id: 'foto', options: [{ value: 'Pose dua jari' }, { value: 'Latar baliho' }, { value: 'Foto keluarga biasa' }] },
];
const NOW = () => new Date('2026-12-01T02:15:00Z');

describe('setCount and addCounts', () => {
	test('set a count per question per option, and clear it again with an emptied field', () => {
		const counts = setCount(setCount({}, 'like', 'boleh', 3), 'like', 'tidak-boleh', 9);
		expect(counts).toEqual({ like: { boleh: 3, 'tidak-boleh': 9 } });
		expect(setCount(counts, 'like', 'boleh', undefined)).toEqual({ like: { 'tidak-boleh': 9 } });
		expect(setCount(setCount(counts, 'like', 'boleh', undefined), 'like', 'tidak-boleh', undefined)).toEqual({});
	});

	test('keep zero apart from not counted', () => {
		expect(setCount({}, 'like', 'boleh', 0)).toEqual({ like: { boleh: 0 } });
	});

	test('never change the counts they are given', () => {
		const counts = Object.freeze({ like: Object.freeze({ boleh: 1 }) });
		expect(() => setCount(counts, 'like', 'boleh', 2)).not.toThrow();
		expect(counts).toEqual({ like: { boleh: 1 } });
	});

	test('merge a second scan of the hall into the first', () => {
		const left = addCounts({}, 'foto', { 'Pose dua jari': 12, 'Latar baliho': 2 });
		const both = addCounts(left, 'foto', { 'Pose dua jari': 8, 'Foto keluarga biasa': 1 });
		expect(both).toEqual({ foto: { 'Pose dua jari': 20, 'Latar baliho': 2, 'Foto keluarga biasa': 1 } });
	});

	test('ignore counts that are not whole numbers of people', () => {
		expect(setCount({}, 'like', 'boleh', -1)).toEqual({});
		expect(addCounts({}, 'like', { boleh: 1.5, 'tidak-boleh': MAX_HALL_COUNT + 1 })).toEqual({});
	});

	test('countsInOrder lists a question\'s counts in its option order', () => {
		expect(countsInOrder({ foto: { 'Latar baliho': 4 } }, QUESTIONS[1]!)).toEqual([undefined, 4, undefined]);
	});
});

describe('reconcileCounts', () => {
	test('drops questions and options the bank no longer has and keeps the rest', () => {
		const stored = { like: { boleh: 2, 'mungkin': 5 }, dihapus: { boleh: 1 }, foto: { 'Latar baliho': 4 } };
		expect(reconcileCounts(stored, QUESTIONS)).toEqual({ like: { boleh: 2 }, foto: { 'Latar baliho': 4 } });
	});
});

describe('createHallTallyStore', () => {
	test('keeps the counts across a reload, under the documented key and shape', () => {
		const storage = createMemoryStorage();
		const store = createHallTallyStore(storage, 'media-sosial', QUESTIONS, NOW);
		expect(store.read()).toEqual({});
		expect(store.write({ like: { boleh: 3, 'tidak-boleh': 9 } })).toBe(true);
		expect(JSON.parse(storage.entries.get(HALL_TALLY_KEY) ?? '')).toEqual({
			banks: { 'media-sosial': { updatedAt: '2026-12-01T02:15:00.000Z', counts: { like: { boleh: 3, 'tidak-boleh': 9 } } } },
		});
		expect(createHallTallyStore(storage, 'media-sosial', QUESTIONS, NOW).read()).toEqual({ like: { boleh: 3, 'tidak-boleh': 9 } });
	});

	test('keeps each bank apart, and clearing one leaves the others', () => {
		const storage = createMemoryStorage();
		const social = createHallTallyStore(storage, 'media-sosial', QUESTIONS, NOW);
		const sanctions = createHallTallyStore(storage, 'sanksi', QUESTIONS, NOW);
		social.write({ like: { boleh: 1 } });
		sanctions.write({ like: { boleh: 7 } });
		expect(social.clear()).toBe(true);
		expect(social.read()).toEqual({});
		expect(sanctions.read()).toEqual({ like: { boleh: 7 } });
	});

	test('resets a corrupted key instead of failing on every visit', () => {
		for (const text of ['{', '[]', '{"banks":{"x":{"counts":{}}}}', '{"banks":{"x":{"updatedAt":"t","counts":{"like":{"boleh":-2}}}}}']) {
			const storage = createMemoryStorage({ [HALL_TALLY_KEY]: text });
			expect(createHallTallyStore(storage, 'x', QUESTIONS, NOW).read(), text).toEqual({});
			expect(storage.entries.has(HALL_TALLY_KEY), text).toBe(false);
		}
	});

	test('works in memory when storage is missing or refuses', () => {
		const refusing = createThrowingStorage(['setItem']);
		expect(createHallTallyStore(undefined, 'x', QUESTIONS, NOW).write({ like: { boleh: 1 } })).toBe(false);
		expect(createHallTallyStore(refusing, 'x', QUESTIONS, NOW).write({ like: { boleh: 1 } })).toBe(false);
	});

	test('parseStoredTally accepts an empty tally', () => {
		expect(parseStoredTally({ banks: {} })).toEqual({ banks: {} });
	});
});
