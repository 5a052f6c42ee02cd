import { describe, expect, test } from 'vitest';
import { TEXT_SIZE_EARLY_SCRIPT, TEXT_SIZE_KEY, readTextSize, saveTextSize } from '~/lib/reading/text-size';
import { createMemoryStorage, type StorageLike } from '~/lib/storage/browser-storage';
import { createThrowingStorage } from '../../../support/storage';

/** Run the early script against a storage and return the attribute it set on <html>, if any. */
function runEarlyScript(storage: StorageLike): string | null {
	const attributes = new Map<string, string>();
	const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
	new Function('localStorage', 'document', TEXT_SIZE_EARLY_SCRIPT)(storage, document);
	return attributes.get('data-text-size') ?? null;
}

describe('readTextSize and saveTextSize', () => {
	test('keeps a chosen size under the versioned key', () => {
		const storage = createMemoryStorage();
		expect(saveTextSize(storage, 'lebih-besar')).toBe(true);
		expect(storage.entries.get(TEXT_SIZE_KEY)).toBe('{"level":"lebih-besar"}');
		expect(readTextSize(storage)).toBe('lebih-besar');
	});

	test('choosing normal removes the key', () => {
		const storage = createMemoryStorage({ [TEXT_SIZE_KEY]: '{"level":"besar"}' });
		saveTextSize(storage, 'normal');
		expect(storage.entries.has(TEXT_SIZE_KEY)).toBe(false);
	});

	test.each(['{bukan json', '{"level":"raksasa"}', '"besar"', 'null', '{"level":3}'])('resets a corrupted value %s to normal and removes it', (stored) => {
		const storage = createMemoryStorage({ [TEXT_SIZE_KEY]: stored });
		expect(readTextSize(storage)).toBe('normal');
		expect(storage.entries.has(TEXT_SIZE_KEY)).toBe(false);
	});

	test('survives storage that throws or is missing', () => {
		expect(readTextSize(createThrowingStorage())).toBe('normal');
		expect(saveTextSize(createThrowingStorage(), 'besar')).toBe(false);
		expect(readTextSize(undefined)).toBe('normal');
	});
});

describe('TEXT_SIZE_EARLY_SCRIPT', () => {
	test.each([
		['{"level":"besar"}', 'besar'],
		['{"level":"lebih-besar"}', 'lebih-besar'],
		['{"level":"normal"}', null],
		['{"level":"raksasa"}', null],
		['{bukan json', null],
		['"besar"', null],
	])('agrees with readTextSize for %s', (stored, expected) => {
		const storage = createMemoryStorage({ [TEXT_SIZE_KEY]: stored });
		expect(runEarlyScript(storage)).toBe(expected);
		expect(readTextSize(storage)).toBe(expected ?? 'normal');
	});

	test('does nothing, and throws nothing, when storage is empty or refuses', () => {
		expect(runEarlyScript(createMemoryStorage())).toBe(null);
		expect(runEarlyScript(createThrowingStorage())).toBe(null);
	});
});
