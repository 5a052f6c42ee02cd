/**
 * The organiser's events, kept on the organiser's device only.
 *
 * Key: `netralitas:acara:v1`. Value, JSON:
 *   { "version": 1, "current": "APEL-NETRALITAS-KAB-CONTOH",
 *     "events": [ { "code": "APEL-NETRALITAS-KAB-CONTOH", "name": "Apel Netralitas Kab. Contoh",
 *                   "questionCount": 20, "passPercent": 80, "startsAt": "2026-12-01T07:30",
 *                   "endsAt": "2026-12-01T16:00", "zone": "WIB", "secret": "q3J0…", "quizVersions": ["7K2M9QXA"],
 *                   "expected": [ { "nip": "198001012005012001", "name": "Siti Aminah", "unit": "Dinas Pendidikan" } ],
 *                   "createdAt": "2026-11-30T02:00:00.000Z" } ] }
 * Lifecycle: written when an event is created, imported, or its expected list changes; an event with
 * the same code replaces the older one; "Hapus acara" removes it. Nothing here changes when the
 * site's content changes: a receipt made with a newer quiz version is refused until the organiser
 * adds that version to the event. Invalid data is dropped on read (the key is reset).
 * What the organiser types into an event's berita acara lives beside it, under the sibling key
 * `netralitas:berita-acara:v1` (berita-acara-store.ts), keyed by the same event code.
 *
 * The event file (export/import, for a second organiser's device) is the same event wrapped as
 * { "format": "netralitas-asn/acara", "version": 1, "event": { … } }. It holds the secret: share it
 * only with fellow organisers.
 */
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { readEventRules, type PledgeEvent } from './event';
import { readExpectedRows } from './expected-list';

export const EVENT_KEY = 'netralitas:acara:v1';
export const EVENT_FILE_FORMAT = 'netralitas-asn/acara';

export interface EventFile {
	version: 1;
	current: string;
	events: PledgeEvent[];
}

/** Check one stored or imported event; undefined when any part is malformed. */
export function readPledgeEvent(value: unknown): PledgeEvent | undefined {
	const rules = readEventRules(value);
	if (!rules) return undefined;
	const { expected, createdAt } = value as { expected?: unknown; createdAt?: unknown };
	if (!Array.isArray(expected) || typeof createdAt !== 'string') return undefined;
	const rows = expected.map((person) => (typeof person === 'object' && person !== null ? [(person as Record<string, unknown>).nip, (person as Record<string, unknown>).name, (person as Record<string, unknown>).unit] : []));
	const list = readExpectedRows(rows);
	if (expected.length > 0 && list.problems.length > 0) return undefined;
	return { ...rules, expected: list.participants, createdAt };
}

/** Read the organiser's events; anything unreadable yields none. */
export function loadEvents(storage: StorageLike | undefined): EventFile {
	const read = (value: unknown): EventFile | undefined => {
		if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return undefined;
		const { events, current } = value as { events?: unknown; current?: unknown };
		if (!Array.isArray(events)) return undefined;
		const valid = events.map(readPledgeEvent).filter((event): event is PledgeEvent => event !== undefined);
		return { version: 1, current: typeof current === 'string' && valid.some((event) => event.code === current) ? current : (valid[0]?.code ?? ''), events: valid };
	};
	return readStored(storage, EVENT_KEY, read) ?? { version: 1, current: '', events: [] };
}

/** Save the events; false when the device refused. */
export function saveEvents(storage: StorageLike | undefined, file: EventFile): boolean {
	return writeStored(storage, EVENT_KEY, file);
}

/** Add or replace an event (same code) and make it the current one. */
export function putEvent(file: EventFile, event: PledgeEvent): EventFile {
	return { version: 1, current: event.code, events: [event, ...file.events.filter((other) => other.code !== event.code)] };
}

/** Remove an event by code. */
export function dropEvent(file: EventFile, code: string): EventFile {
	const events = file.events.filter((event) => event.code !== code);
	return { version: 1, current: file.current === code ? (events[0]?.code ?? '') : file.current, events };
}

/** The event as a file to hand to a second organiser. */
export function exportEventFile(event: PledgeEvent): string {
	return JSON.stringify({ format: EVENT_FILE_FORMAT, version: 1, event }, null, 2);
}

/** Read an event file; the error says what is wrong with it. */
export function importEventFile(text: string): { event: PledgeEvent; error?: undefined } | { event?: undefined; error: string } {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { error: 'Berkas ini bukan berkas acara (bukan JSON). Pilih berkas .json hasil "Ekspor berkas acara".' };
	}
	const wrapper = value as { format?: unknown; version?: unknown; event?: unknown } | null;
	if (!wrapper || wrapper.format !== EVENT_FILE_FORMAT) return { error: 'Berkas ini bukan berkas acara Netralitas ASN.' };
	if (wrapper.version !== 1) return { error: 'Berkas acara ini dibuat oleh versi situs yang lebih baru. Muat ulang halaman untuk versi terbaru.' };
	const event = readPledgeEvent(wrapper.event);
	return event ? { event } : { error: 'Isi berkas acara rusak atau tidak lengkap (aturan, waktu, atau daftar peserta tidak valid).' };
}
