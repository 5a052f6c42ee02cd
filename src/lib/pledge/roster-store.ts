/**
 * The receipts an organiser has checked, per event, kept on the organiser's device only.
 *
 * Key: `netralitas:daftar:v2` (v1 held one list for every event with verdicts computed from the
 * receipt itself; it is not read). Value, JSON:
 *   { "version": 2, "events": { "APEL-NETRALITAS-KAB-CONTOH": {
 *       "receipts": [ { "receipt": [ "Siti Aminah", "198001012005012001", …RECEIPT_FIELD_ORDER ], "checkedAt": "2026-12-01T08:31:00.000Z" } ],
 *       "observed": [ { "nip": "…", "correct": 9, "total": 10, "observedAt": "…", "source": "kartu jawaban" } ] } } }
 * Only receipts are stored, never verdicts: each is judged again against the event on load, so a
 * change of the event (an added quiz version) applies to every receipt. An identical receipt is kept
 * once. "Kosongkan daftar" removes one event's entry. `observed` is for scores observed in the room
 * (issue 18) and is kept as it is. Invalid entries are dropped on read.
 */
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { receiptFromValues, receiptValues, type Receipt } from './receipt';
import type { ObservedScore } from './roster';

export const ROSTER_KEY = 'netralitas:daftar:v2';

export interface StoredCheck {
	receipt: Receipt;
	checkedAt: string;
}

export interface EventRosterFile {
	receipts: StoredCheck[];
	observed: ObservedScore[];
}

type RosterFile = { version: 2; events: Record<string, EventRosterFile> };

function readFile(value: unknown): RosterFile | undefined {
	if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 2) return undefined;
	const events = (value as { events?: unknown }).events;
	if (typeof events !== 'object' || events === null) return undefined;
	const out: RosterFile = { version: 2, events: {} };
	for (const [code, entry] of Object.entries(events as Record<string, unknown>)) {
		const { receipts, observed } = (entry ?? {}) as { receipts?: unknown; observed?: unknown };
		out.events[code] = {
			receipts: (Array.isArray(receipts) ? receipts : []).flatMap((item) => {
				const { receipt, checkedAt } = (item ?? {}) as { receipt?: unknown; checkedAt?: unknown };
				const parsed = Array.isArray(receipt) ? receiptFromValues(receipt) : undefined;
				return parsed && typeof checkedAt === 'string' ? [{ receipt: parsed, checkedAt }] : [];
			}),
			observed: (Array.isArray(observed) ? observed : []).filter(
				(item): item is ObservedScore => typeof item?.nip === 'string' && Number.isInteger(item?.correct) && Number.isInteger(item?.total) && typeof item?.observedAt === 'string' && typeof item?.source === 'string',
			),
		};
	}
	return out;
}

const load = (storage: StorageLike | undefined) => readStored(storage, ROSTER_KEY, readFile) ?? { version: 2 as const, events: {} };

/** Read one event's checked receipts and observed scores. */
export function loadEventRoster(storage: StorageLike | undefined, eventCode: string): EventRosterFile {
	return load(storage).events[eventCode] ?? { receipts: [], observed: [] };
}

/** Save one event's entry (an empty one is removed); false when the device refused. */
export function saveEventRoster(storage: StorageLike | undefined, eventCode: string, roster: EventRosterFile): boolean {
	const file = load(storage);
	if (roster.receipts.length === 0 && roster.observed.length === 0) delete file.events[eventCode];
	else file.events[eventCode] = roster;
	return writeStored(storage, ROSTER_KEY, {
		version: 2,
		events: Object.fromEntries(Object.entries(file.events).map(([code, entry]) => [code, { receipts: entry.receipts.map(({ receipt, checkedAt }) => ({ receipt: receiptValues(receipt), checkedAt })), observed: entry.observed }])),
	});
}

/** A key that is equal for two receipts exactly when every field is. */
function receiptKey(receipt: Receipt): string {
	return JSON.stringify(receiptValues(receipt));
}

/** Whether two receipts are the same receipt (every field equal). */
export function isSameReceipt(a: Receipt, b: Receipt): boolean {
	return receiptKey(a) === receiptKey(b);
}

/** Add newly checked receipts; an identical receipt already held is not added again. Returns the new list and how many were already there. */
export function addChecks<T extends StoredCheck>(current: readonly T[], incoming: readonly T[]): { receipts: T[]; repeated: number } {
	const receipts = [...current];
	// One key per receipt held, so a paste of 1,000 is linear, not 1,000 x 1,000 comparisons.
	const held = new Set(current.map((check) => receiptKey(check.receipt)));
	let repeated = 0;
	for (const check of incoming) {
		const key = receiptKey(check.receipt);
		if (held.has(key)) repeated++;
		else {
			held.add(key);
			receipts.push(check);
		}
	}
	return { receipts, repeated };
}
