/**
 * What the organiser types into the berita acara (present, online, signed, place), per event, kept
 * on the organiser's device only: a sibling of the events key (event-store.ts), which it never touches.
 *
 * Key: `netralitas:berita-acara:v1`. Value, JSON:
 *   { "version": 1, "events": { "APEL-NETRALITAS-KAB-CONTOH":
 *       { "present": "182", "online": "41", "signed": "179", "place": "Aula Kantor Bupati" } } }
 * Fields are kept as typed (the printed sheet shows them as typed; a count is checked where it is
 * typed, not here). Lifecycle: written on every change; an event whose four fields are all empty is
 * removed; entries outlive "Hapus acara" (an event imported again finds its counts). Nothing here
 * depends on the site's content. A malformed file resets the key; a malformed entry is dropped.
 */
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';

export const BERITA_ACARA_KEY = 'netralitas:berita-acara:v1';

export const BERITA_ACARA_FIELDS = ['present', 'online', 'signed', 'place'] as const;
export type BeritaAcaraField = (typeof BERITA_ACARA_FIELDS)[number];
export type BeritaAcaraTyped = Record<BeritaAcaraField, string>;

/** Longer than anything a person types into these fields; a longer value is not ours. */
const MAX_LENGTH = 200;

type BeritaAcaraFile = { version: 1; events: Record<string, BeritaAcaraTyped> };

export const EMPTY_BERITA_ACARA: BeritaAcaraTyped = { present: '', online: '', signed: '', place: '' };

function readEntry(value: unknown): BeritaAcaraTyped | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const entry = value as Record<string, unknown>;
	const out = { ...EMPTY_BERITA_ACARA };
	for (const field of BERITA_ACARA_FIELDS) {
		const typed = entry[field] ?? '';
		if (typeof typed !== 'string' || typed.length > MAX_LENGTH) return undefined;
		out[field] = typed;
	}
	return out;
}

function readFile(value: unknown): BeritaAcaraFile | undefined {
	if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return undefined;
	const events = (value as { events?: unknown }).events;
	if (typeof events !== 'object' || events === null || Array.isArray(events)) return undefined;
	const out: BeritaAcaraFile = { version: 1, events: {} };
	for (const [code, entry] of Object.entries(events as Record<string, unknown>)) {
		const typed = readEntry(entry);
		if (typed) out.events[code] = typed;
	}
	return out;
}

const load = (storage: StorageLike | undefined): BeritaAcaraFile => readStored(storage, BERITA_ACARA_KEY, readFile) ?? { version: 1, events: {} };

/** Read what was typed into one event's berita acara (empty fields when nothing was). */
export function loadBeritaAcara(storage: StorageLike | undefined, eventCode: string): BeritaAcaraTyped {
	return load(storage).events[eventCode] ?? { ...EMPTY_BERITA_ACARA };
}

/** Save one event's typed fields (all empty removes the entry); false when the device refused. */
export function saveBeritaAcara(storage: StorageLike | undefined, eventCode: string, typed: BeritaAcaraTyped): boolean {
	const file = load(storage);
	if (BERITA_ACARA_FIELDS.every((field) => typed[field] === '')) delete file.events[eventCode];
	else file.events[eventCode] = { ...EMPTY_BERITA_ACARA, ...typed };
	return writeStored(storage, BERITA_ACARA_KEY, file);
}
