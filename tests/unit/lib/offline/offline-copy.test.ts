import { describe, expect, test } from 'vitest';
import {
	chooseCopyState,
	copyPercent,
	COPY_RECORD_KEY,
	formatBytes,
	isSavedAt,
	parseCopyList,
	parseCopySummary,
	summariseCopyList,
	validateCopyRecord,
	type CopyRecord,
} from '~/lib/offline/offline-copy';
import { createMemoryStorage, readStored } from '~/lib/storage/browser-storage';

const list = {
	version: 'v2',
	files: [
		['/', 8000, 'a1'],
		['/belajar/sanksi/', 17000, 'b2'],
		['/_astro/page.js', 1100, 'c3'],
	] as [string, number, string][],
};
const summary = summariseCopyList(list, (url) => url.endsWith('/'));
const complete: CopyRecord = { version: 'v2', savedFiles: 3, savedBytes: 26100, totalFiles: 3, totalBytes: 26100, savedAt: '2026-12-01T09:30:00.000Z' };

describe('summariseCopyList', () => {
	test('counts files, bytes on the wire and pages', () => {
		expect(summary).toEqual({ version: 'v2', files: 3, bytes: 26100, pages: 2 });
	});
});

describe('chooseCopyState', () => {
	test('reports nothing saved, part saved, all saved, and a copy from an older build', () => {
		expect(chooseCopyState(undefined, summary)).toBe('none');
		expect(chooseCopyState({ ...complete, savedFiles: 0, savedAt: undefined }, summary)).toBe('none');
		expect(chooseCopyState({ ...complete, savedFiles: 1, savedAt: undefined }, summary)).toBe('partial');
		expect(chooseCopyState(complete, summary)).toBe('complete');
		expect(chooseCopyState({ ...complete, version: 'v1' }, summary)).toBe('outdated');
	});

	test('trusts the record while the summary cannot be fetched (offline)', () => {
		expect(chooseCopyState(complete, undefined)).toBe('complete');
	});
});

describe('isSavedAt', () => {
	test('skips only files saved at the current revision', () => {
		expect(isSavedAt('b2', 'b2')).toBe(true);
		expect(isSavedAt('b1', 'b2')).toBe(false);
		// A page cached as it was read carries no revision: the copy fetches it again once.
		expect(isSavedAt(null, 'b2')).toBe(false);
	});
});

describe('copyPercent', () => {
	test('never shows 100 before the last byte', () => {
		expect(copyPercent(0, 1000)).toBe(0);
		expect(copyPercent(999, 1000)).toBe(99);
		expect(copyPercent(1000, 1000)).toBe(100);
		expect(copyPercent(0, 0)).toBe(100);
	});
});

describe('formatBytes', () => {
	test('shows sizes the Indonesian way', () => {
		expect(formatBytes(3.14 * 1024 * 1024)).toBe('3,1 MB');
		expect(formatBytes(420 * 1024)).toBe('420 KB');
		expect(formatBytes(10)).toBe('1 KB');
	});
});

describe('validateCopyRecord', () => {
	test('keeps a valid record and resets anything else', () => {
		const storage = createMemoryStorage({ [COPY_RECORD_KEY]: JSON.stringify(complete) });
		expect(readStored(storage, COPY_RECORD_KEY, validateCopyRecord)).toEqual(complete);
		for (const bad of ['{', '[]', JSON.stringify({ ...complete, savedFiles: -1 }), JSON.stringify({ ...complete, savedAt: 'kemarin' }), JSON.stringify({ ...complete, version: '' })]) {
			const corrupted = createMemoryStorage({ [COPY_RECORD_KEY]: bad });
			expect(readStored(corrupted, COPY_RECORD_KEY, validateCopyRecord), bad).toBeUndefined();
			expect(corrupted.entries.has(COPY_RECORD_KEY)).toBe(false);
		}
	});
});

describe('parseCopyList and parseCopySummary', () => {
	test('refuse a malformed list rather than save half of it', () => {
		expect(parseCopyList(list)).toEqual(list);
		expect(parseCopyList({ version: 'v2', files: [['relative', 1, 'a']] })).toBeUndefined();
		expect(parseCopyList({ version: 'v2', files: [['/', -1, 'a']] })).toBeUndefined();
		expect(parseCopyList(null)).toBeUndefined();
		expect(parseCopySummary(summary)).toEqual(summary);
		expect(parseCopySummary({ ...summary, bytes: '3 MB' })).toBeUndefined();
	});
});
