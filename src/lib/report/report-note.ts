/**
 * The reader's own note of what they saw, kept on this device only: one owner, one key.
 *
 * Key: `netralitas:catatan-lapor:v1`. Value, JSON:
 *   {
 *     "version": 1,
 *     "fields": { "waktu": "Selasa, 1 Des 2026, 21.00", "tempat": "Grup WA Dinas", "tautan": "https://...",
 *                 "siapa": "Kepala seksi X", "kejadian": "Mengirim poster calon dan meminta disebarkan" },
 *     "updatedAt": "2026-12-01T14:05:00.000Z"
 *   }
 *
 * Lifecycle: written as the reader types; read when the page opens; removed by "Hapus catatan".
 * It is never sent anywhere. A stored value that is not a note (old version, hand edit, another
 * tab's half-write) is dropped and the key reset; overlong fields are cut to their limits, so a
 * note read back can always be shown. When the field list changes, bump the key's version.
 */

import { readStored, removeStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';

export const REPORT_NOTE_KEY = 'netralitas:catatan-lapor:v1';

export const NOTE_FIELDS = ['waktu', 'tempat', 'tautan', 'siapa', 'kejadian'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
export type NoteFields = Record<NoteField, string>;

/** Longest text each field keeps; the form's maxlength uses the same numbers. */
export const NOTE_FIELD_LIMITS: Record<NoteField, number> = { waktu: 100, tempat: 200, tautan: 500, siapa: 300, kejadian: 2000 };

export interface ReportNote {
	version: 1;
	fields: NoteFields;
	updatedAt: string;
}

/** A note with every field empty. */
export function createEmptyFields(): NoteFields {
	return { waktu: '', tempat: '', tautan: '', siapa: '', kejadian: '' };
}

/** Clean typed values: strings only, cut to each field's limit; missing fields are empty. */
export function normaliseFields(values: Partial<Record<string, unknown>>): NoteFields {
	const fields = createEmptyFields();
	for (const name of NOTE_FIELDS) {
		const value = values[name];
		fields[name] = typeof value === 'string' ? value.slice(0, NOTE_FIELD_LIMITS[name]) : '';
	}
	return fields;
}

/** Whether every field is empty or only whitespace. */
export function isNoteEmpty(fields: NoteFields): boolean {
	return NOTE_FIELDS.every((name) => fields[name].trim() === '');
}

/** Accept only a stored note of this version; anything else resets the key. */
function validateNote(value: unknown): ReportNote | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const candidate = value as Partial<ReportNote>;
	if (candidate.version !== 1 || typeof candidate.updatedAt !== 'string') return undefined;
	if (Number.isNaN(Date.parse(candidate.updatedAt))) return undefined;
	if (typeof candidate.fields !== 'object' || candidate.fields === null) return undefined;
	const fields = candidate.fields as Record<string, unknown>;
	if (!NOTE_FIELDS.every((name) => fields[name] === undefined || typeof fields[name] === 'string')) return undefined;
	return { version: 1, fields: normaliseFields(fields), updatedAt: candidate.updatedAt };
}

/** Read the saved note, or undefined when there is none or it was unreadable. */
export function readReportNote(storage: StorageLike | undefined): ReportNote | undefined {
	return readStored(storage, REPORT_NOTE_KEY, validateNote);
}

/**
 * Save the fields with the time they were written; an empty note removes the key instead, so
 * nothing lingers on a shared device. Returns the note kept and whether the device accepted it.
 */
export function saveReportNote(storage: StorageLike | undefined, values: Partial<Record<string, unknown>>, now: Date): { note: ReportNote; isSaved: boolean } {
	const note: ReportNote = { version: 1, fields: normaliseFields(values), updatedAt: now.toISOString() };
	const isSaved = isNoteEmpty(note.fields) ? removeStored(storage, REPORT_NOTE_KEY) : writeStored(storage, REPORT_NOTE_KEY, note);
	return { note, isSaved };
}

/** Remove the saved note; false when the device refused. */
export function clearReportNote(storage: StorageLike | undefined): boolean {
	return removeStored(storage, REPORT_NOTE_KEY);
}

export interface NoteTextLabels {
	title: string;
	fields: Record<NoteField, string>;
	empty: string;
	updatedAt: string;
}

/** Format a moment in Indonesian with its time, e.g. "1 Desember 2026 pukul 14.05", in the given zone. */
export function formatNoteTime(isoMoment: string, timeZone?: string): string {
	const date = new Date(isoMoment);
	if (Number.isNaN(date.getTime())) throw new RangeError(`Waktu tidak valid: ${isoMoment}`);
	const day = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(date);
	const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
	return `${day} pukul ${time}`;
}

/** The note as plain text, for copying, printing and the preview; empty fields show a dash. */
export function formatNoteText(note: ReportNote, labels: NoteTextLabels, timeZone?: string): string {
	const lines = [labels.title, ''];
	for (const name of NOTE_FIELDS) {
		const value = note.fields[name].trim() || labels.empty;
		lines.push(name === 'kejadian' ? `${labels.fields[name]}:\n${value}` : `${labels.fields[name]}: ${value}`);
	}
	lines.push('', `${labels.updatedAt} ${formatNoteTime(note.updatedAt, timeZone)}`);
	return lines.join('\n');
}
