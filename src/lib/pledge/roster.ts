/**
 * The organiser's roster of checked receipts, kept on the organiser's device only.
 *
 * Key: `netralitas:roster:v1`. Value, JSON:
 *   { "version": 1, "entries": [ { "receipt": { ...Receipt }, "isValid": true, "checkedAt": "2026-11-22T09:31:00.000Z" } ] }
 * Lifecycle: an entry is added each time a receipt is checked; checking an identical receipt again
 * replaces its entry (an edited copy is a different receipt and gets its own); "Kosongkan daftar"
 * removes the key. Invalid or unknown
 * data is dropped on read; a failing write is reported and the roster lives on in memory.
 */
import { readStored, removeStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { receiptFromValues, receiptValues, RECEIPT_FIELD_ORDER, type Receipt } from './receipt';

export const ROSTER_KEY = 'netralitas:roster:v1';

export interface RosterEntry {
	receipt: Receipt;
	isValid: boolean;
	checkedAt: string;
}

function isEntry(value: unknown): value is RosterEntry {
	if (typeof value !== 'object' || value === null) return false;
	const entry = value as Record<string, unknown>;
	const receipt = entry.receipt as Record<string, unknown> | null;
	return (
		typeof entry.isValid === 'boolean' &&
		typeof entry.checkedAt === 'string' &&
		typeof receipt === 'object' &&
		receipt !== null &&
		receiptFromValues(RECEIPT_FIELD_ORDER.map((field) => receipt[field])) !== undefined
	);
}

/** Read the roster; anything unreadable yields an empty roster (and resets the key). */
export function loadRoster(storage: StorageLike | undefined): RosterEntry[] {
	const readFile = (value: unknown) => {
		if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return undefined;
		const entries = (value as { entries?: unknown }).entries;
		return Array.isArray(entries) ? entries.filter(isEntry) : undefined;
	};
	return readStored(storage, ROSTER_KEY, readFile) ?? [];
}

/** Save the roster; false when the device refused (full, locked or missing storage). */
export function saveRoster(storage: StorageLike | undefined, entries: readonly RosterEntry[]): boolean {
	return entries.length === 0 ? removeStored(storage, ROSTER_KEY) : writeStored(storage, ROSTER_KEY, { version: 1, entries });
}

/** Add a checked receipt, replacing an earlier check of an identical receipt. */
export function addToRoster(entries: readonly RosterEntry[], entry: RosterEntry): RosterEntry[] {
	const fieldsOf = (receipt: Receipt) => JSON.stringify(receiptValues(receipt));
	const isSame = (other: RosterEntry) => fieldsOf(other.receipt) === fieldsOf(entry.receipt);
	return [...entries.filter((other) => !isSame(other)), entry];
}

/** Quote a CSV cell; a leading = + - @ is escaped so spreadsheets never run it as a formula. */
function csvCell(value: string | number | boolean): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The roster as CSV (RFC 4180, with a header), for the organiser's spreadsheet. */
export function rosterToCsv(entries: readonly RosterEntry[], header: readonly string[]): string {
	const rows = entries.map(({ receipt, isValid, checkedAt }) => [...receiptValues(receipt), isValid ? 'sah' : 'tidak sah', checkedAt]);
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
