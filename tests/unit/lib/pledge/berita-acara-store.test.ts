import { describe, expect, test } from 'vitest';
import { BERITA_ACARA_KEY, loadBeritaAcara, saveBeritaAcara } from '~/lib/pledge/berita-acara-store';
import { createMemoryStorage, createThrowingStorage } from '../../../support/storage';

const typed = { present: '182', online: '41', signed: '179', place: 'Aula Kantor Bupati' };

describe('loadBeritaAcara and saveBeritaAcara', () => {
	test('keep each event\'s typed fields under the versioned key', () => {
		const storage = createMemoryStorage();
		expect(saveBeritaAcara(storage, 'APEL-A', typed)).toBe(true);
		expect(saveBeritaAcara(storage, 'APEL-B', { present: '9', online: '', signed: '', place: '' })).toBe(true);
		expect(JSON.parse(storage.entries.get(BERITA_ACARA_KEY)!)).toEqual({ version: 1, events: { 'APEL-A': typed, 'APEL-B': { present: '9', online: '', signed: '', place: '' } } });
		expect(loadBeritaAcara(storage, 'APEL-A')).toEqual(typed);
		expect(loadBeritaAcara(storage, 'APEL-B').present).toBe('9');
	});

	test('give empty fields for an event with nothing typed', () => {
		expect(loadBeritaAcara(createMemoryStorage(), 'APEL-A')).toEqual({ present: '', online: '', signed: '', place: '' });
	});

	test('remove an event whose fields are all emptied, and leave the others', () => {
		const storage = createMemoryStorage();
		saveBeritaAcara(storage, 'APEL-A', typed);
		saveBeritaAcara(storage, 'APEL-B', typed);
		saveBeritaAcara(storage, 'APEL-A', { present: '', online: '', signed: '', place: '' });
		expect(Object.keys(JSON.parse(storage.entries.get(BERITA_ACARA_KEY)!).events)).toEqual(['APEL-B']);
	});

	test('reset a key holding broken JSON or another version', () => {
		for (const stored of ['{oops', '{"version":2,"events":{}}', '[]', '{"version":1,"events":[]}']) {
			const storage = createMemoryStorage({ [BERITA_ACARA_KEY]: stored });
			expect(loadBeritaAcara(storage, 'APEL-A')).toEqual({ present: '', online: '', signed: '', place: '' });
			expect(storage.entries.has(BERITA_ACARA_KEY)).toBe(false);
		}
	});

	test('drop a malformed entry and keep the good ones', () => {
		const storage = createMemoryStorage({ [BERITA_ACARA_KEY]: JSON.stringify({ version: 1, events: { 'APEL-A': typed, 'APEL-B': { present: 12 }, 'APEL-C': { place: 'x'.repeat(500) }, 'APEL-D': null } }) });
		expect(loadBeritaAcara(storage, 'APEL-A')).toEqual(typed);
		expect(loadBeritaAcara(storage, 'APEL-B').present).toBe('');
		expect(loadBeritaAcara(storage, 'APEL-C').place).toBe('');
	});

	test('keep going when storage is missing or throws on every call', () => {
		expect(loadBeritaAcara(undefined, 'APEL-A').present).toBe('');
		expect(saveBeritaAcara(undefined, 'APEL-A', typed)).toBe(false);
		expect(loadBeritaAcara(createThrowingStorage(), 'APEL-A').present).toBe('');
		expect(saveBeritaAcara(createThrowingStorage(), 'APEL-A', typed)).toBe(false);
	});
});
