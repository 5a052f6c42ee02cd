import { describe, expect, test } from 'vitest';
import {
	clearReportNote,
	formatNoteText,
	formatNoteTime,
	NOTE_FIELD_LIMITS,
	readReportNote,
	REPORT_NOTE_KEY,
	saveReportNote,
	type NoteTextLabels,
} from '~/lib/report/report-note';
import { createMemoryStorage } from '~/lib/storage/browser-storage';
import { createThrowingStorage } from '../../../support/storage';

const NOW = new Date('2026-12-01T14:05:00.000Z');
const labels: NoteTextLabels = {
	title: 'Catatan kejadian',
	fields: { waktu: 'Waktu', tempat: 'Tempat', tautan: 'Tautan', siapa: 'Siapa', kejadian: 'Apa yang terjadi' },
	empty: '-',
	updatedAt: 'Dicatat:',
};

describe('saveReportNote and readReportNote', () => {
	test('a saved note reads back with its fields and time', () => {
		const storage = createMemoryStorage();
		const { isSaved } = saveReportNote(storage, { waktu: 'Selasa malam', siapa: 'Kepala seksi', kejadian: 'Poster calon di grup' }, NOW);
		expect(isSaved).toBe(true);
		expect(readReportNote(storage)).toEqual({
			version: 1,
			fields: { waktu: 'Selasa malam', tempat: '', tautan: '', siapa: 'Kepala seksi', kejadian: 'Poster calon di grup' },
			updatedAt: '2026-12-01T14:05:00.000Z',
		});
	});

	test('an empty note removes the key instead of storing blanks', () => {
		const storage = createMemoryStorage();
		saveReportNote(storage, { waktu: 'kemarin' }, NOW);
		saveReportNote(storage, { waktu: '   ' }, NOW);
		expect(storage.entries.has(REPORT_NOTE_KEY)).toBe(false);
	});

	test('overlong fields and values that are not text are cut or dropped', () => {
		const storage = createMemoryStorage();
		const { note } = saveReportNote(storage, { kejadian: 'x'.repeat(5000), tempat: 42, lain: 'abaikan' }, NOW);
		expect(note.fields.kejadian).toHaveLength(NOTE_FIELD_LIMITS.kejadian);
		expect(note.fields.tempat).toBe('');
		expect(Object.keys(note.fields)).not.toContain('lain');
	});

	test('corrupted, foreign or old-version values reset the key cleanly', () => {
		for (const stored of ['{not json', '"text"', '{"version":2,"fields":{},"updatedAt":"2026-12-01T00:00:00Z"}', '{"version":1,"fields":{"waktu":5},"updatedAt":"2026-12-01T00:00:00Z"}', '{"version":1,"fields":{},"updatedAt":"kemarin"}']) {
			const storage = createMemoryStorage({ [REPORT_NOTE_KEY]: stored });
			expect(readReportNote(storage)).toBeUndefined();
			expect(storage.entries.has(REPORT_NOTE_KEY)).toBe(false);
		}
	});

	test('a stored note with overlong text is read back cut to the limits', () => {
		const storage = createMemoryStorage({
			[REPORT_NOTE_KEY]: JSON.stringify({ version: 1, fields: { siapa: 'y'.repeat(400) }, updatedAt: NOW.toISOString() }),
		});
		expect(readReportNote(storage)?.fields.siapa).toHaveLength(NOTE_FIELD_LIMITS.siapa);
	});

	test('missing or throwing storage loses nothing already typed and reports that it was not saved', () => {
		for (const storage of [undefined, createThrowingStorage()]) {
			expect(readReportNote(storage)).toBeUndefined();
			const { note, isSaved } = saveReportNote(storage, { waktu: 'pagi' }, NOW);
			expect(isSaved).toBe(false);
			expect(note.fields.waktu).toBe('pagi');
		}
	});

	test('clearReportNote removes the note', () => {
		const storage = createMemoryStorage();
		saveReportNote(storage, { waktu: 'pagi' }, NOW);
		expect(clearReportNote(storage)).toBe(true);
		expect(readReportNote(storage)).toBeUndefined();
	});
});

describe('formatNoteText', () => {
	test('lists every field with a dash for empty ones, and the time it was written', () => {
		const storage = createMemoryStorage();
		const { note } = saveReportNote(storage, { waktu: '1 Des, 21.00', kejadian: 'Baris satu\nBaris dua' }, NOW);
		expect(formatNoteText(note, labels, 'Asia/Jakarta')).toBe(
			[
				'Catatan kejadian',
				'',
				'Waktu: 1 Des, 21.00',
				'Tempat: -',
				'Tautan: -',
				'Siapa: -',
				'Apa yang terjadi:\nBaris satu\nBaris dua',
				'',
				'Dicatat: 1 Desember 2026 pukul 21.05',
			].join('\n'),
		);
	});

	test('keeps markup as literal text', () => {
		const { note } = saveReportNote(undefined, { siapa: '<img src=x onerror=alert(1)>' }, NOW);
		expect(formatNoteText(note, labels, 'UTC')).toContain('Siapa: <img src=x onerror=alert(1)>');
	});
});

describe('formatNoteTime', () => {
	test('writes the day in Indonesian with a 24-hour time', () => {
		expect(formatNoteTime('2026-12-01T14:05:00.000Z', 'UTC')).toBe('1 Desember 2026 pukul 14.05');
	});

	test('rejects a time that is not one', () => {
		expect(() => formatNoteTime('kemarin')).toThrow(RangeError);
	});
});
