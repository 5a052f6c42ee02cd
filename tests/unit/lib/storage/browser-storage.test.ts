import { describe, expect, test } from 'vitest';
import { createMemoryStorage, readStored, removeStored, writeStored } from '~/lib/storage/browser-storage';
import { createThrowingStorage } from '../../../support/storage';

const KEY = 'netralitas:test:v1';
const isCount = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

describe('readStored', () => {
	test('returns the validated value', () => {
		expect(readStored(createMemoryStorage({ [KEY]: '7' }), KEY, isCount)).toBe(7);
	});

	test('returns undefined for a missing key or missing storage', () => {
		expect(readStored(createMemoryStorage(), KEY, isCount)).toBeUndefined();
		expect(readStored(undefined, KEY, isCount)).toBeUndefined();
	});

	test('resets a key holding invalid JSON', () => {
		const storage = createMemoryStorage({ [KEY]: '{oops' });
		expect(readStored(storage, KEY, isCount)).toBeUndefined();
		expect(storage.entries.has(KEY)).toBe(false);
	});

	test('resets a key the validator rejects', () => {
		const storage = createMemoryStorage({ [KEY]: '"seven"' });
		expect(readStored(storage, KEY, isCount)).toBeUndefined();
		expect(storage.entries.has(KEY)).toBe(false);
	});

	test('resets a key whose validator throws', () => {
		const storage = createMemoryStorage({ [KEY]: '1' });
		const throwing = () => {
			throw new TypeError('bad shape');
		};
		expect(readStored(storage, KEY, throwing)).toBeUndefined();
		expect(storage.entries.has(KEY)).toBe(false);
	});

	test('survives storage that throws on every call', () => {
		expect(readStored(createThrowingStorage(), KEY, isCount)).toBeUndefined();
	});
});

describe('writeStored and removeStored', () => {
	test('write JSON and remove it again', () => {
		const storage = createMemoryStorage();
		expect(writeStored(storage, KEY, { a: 1 })).toBe(true);
		expect(storage.entries.get(KEY)).toBe('{"a":1}');
		expect(removeStored(storage, KEY)).toBe(true);
		expect(storage.entries.has(KEY)).toBe(false);
	});

	test('report false when storage is missing or refuses', () => {
		expect(writeStored(undefined, KEY, 1)).toBe(false);
		expect(writeStored(createThrowingStorage(), KEY, 1)).toBe(false);
		expect(removeStored(undefined, KEY)).toBe(false);
		expect(removeStored(createThrowingStorage(), KEY)).toBe(false);
	});
});
