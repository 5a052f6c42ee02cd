import { describe, expect, test } from 'vitest';
import { issueReceipt } from '~/lib/pledge/receipt';
import { addToRoster, loadRoster, ROSTER_KEY, rosterToCsv, saveRoster, type RosterEntry } from '~/lib/pledge/roster';
import type { StorageLike } from '~/lib/storage/browser-storage';

const storage = (data = new Map<string, string>(), fails = false): StorageLike => ({
	getItem: (key) => data.get(key) ?? null,
	setItem: (key, value) => {
		if (fails) throw new DOMException('full', 'QuotaExceededError');
		data.set(key, value);
	},
	removeItem: (key) => data.delete(key),
});
const receipt = issueReceipt({ name: 'Siti', nip: '198001012005012001', unit: 'Dinas', eventCode: 'IKRAR-X', correct: 18, total: 20, passPercent: 80, issuedAt: '2026-11-22T09:30Z', quizVersion: 'ABCD1234' });
const entry: RosterEntry = { receipt, isValid: true, checkedAt: '2026-11-22T09:31:00.000Z' };

describe('roster storage', () => {
	test('saves and loads entries', () => {
		const store = storage();
		expect(saveRoster(store, [entry])).toBe(true);
		expect(loadRoster(store)).toEqual([entry]);
	});

	test('reads corrupted or foreign data as an empty roster', () => {
		expect(loadRoster(storage(new Map([[ROSTER_KEY, '{oops']])))).toEqual([]);
		expect(loadRoster(storage(new Map([[ROSTER_KEY, JSON.stringify({ version: 1, entries: [{ receipt: { name: 1 } }, entry] })]])))).toEqual([entry]);
		expect(loadRoster(undefined)).toEqual([]);
	});

	test('reports a write the device refused', () => {
		expect(saveRoster(storage(new Map(), true), [entry])).toBe(false);
	});
});

describe('addToRoster', () => {
	test('replaces an earlier check of an identical receipt', () => {
		const again = { ...entry, checkedAt: '2026-11-22T10:00:00.000Z' };
		expect(addToRoster(addToRoster([], entry), again)).toEqual([again]);
	});

	test('keeps an edited copy with the same code as a separate entry', () => {
		const edited = { receipt: { ...receipt, correct: 20 }, isValid: false, checkedAt: '2026-11-22T10:00:00.000Z' };
		expect(addToRoster([entry], edited)).toEqual([entry, edited]);
	});
});

describe('rosterToCsv', () => {
	test('writes a header and one quoted row per entry', () => {
		const csv = rosterToCsv([entry], ['Nama', 'NIP']);
		expect(csv.split('\r\n')[0]).toBe('Nama,NIP');
		expect(csv).toContain('Siti,198001012005012001,Dinas,IKRAR-X,18,20,80');
	});

	test('quotes commas and quotes, and defuses spreadsheet formulas', () => {
		const tricky = { ...entry, receipt: { ...receipt, name: '=HYPERLINK("x")', unit: 'Dinas, "Bagian A"' } };
		const row = rosterToCsv([tricky], ['h']).split('\r\n')[1] ?? '';
		expect(row).toContain(`"'=HYPERLINK(""x"")"`);
		expect(row).toContain('"Dinas, ""Bagian A"""');
	});
});
