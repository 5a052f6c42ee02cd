import { describe, expect, test } from 'vitest';
import type { Receipt } from '~/lib/pledge/receipt';
import { buildRoster, rosterTable, toCsv, ROSTER_COLUMNS, type CheckedReceipt } from '~/lib/pledge/roster';
import { addChecks, loadEventRoster, saveEventRoster, ROSTER_KEY } from '~/lib/pledge/roster-store';
import { addReceipt, loadPledgeFile, putAttempt, removeReceipt, savePledgeFile, PLEDGE_KEY } from '~/lib/pledge/pledge-store';
import { createMemoryStorage } from '~/lib/storage/browser-storage';
import { receiptFor } from './fixtures';

const checked = (receipt: Receipt, isValid: boolean): CheckedReceipt => ({ receipt, judgement: { isValid, refusals: isValid ? [] : [{ reason: 'bad-code', message: 'x' }] }, checkedAt: '2026-12-01T09:00:00.000Z' });
const expected = [
	{ nip: '198001012005012001', name: 'Siti Aminah', unit: 'Dinas Pendidikan' },
	{ nip: '198001012005011002', name: 'Budi', unit: 'Dinas Pendidikan' },
	{ nip: '198001012005012003', name: 'Ani', unit: 'Dinas Kesehatan' },
];

describe('buildRoster', () => {
	test('keeps one row per NIP with the best valid receipt and lists the others as duplicates', async () => {
		const weak = checked(await receiptFor({ correct: 8 }), true);
		const strong = checked(await receiptFor({ correct: 10 }), true);
		const forged = checked(await receiptFor({ correct: 10, issuedAt: '2026-12-01T08:00Z' }), false);
		const roster = buildRoster([forged, weak, strong], expected, 80);
		const row = roster.rows.find((entry) => entry.nip === '198001012005012001')!;
		expect(row.best).toBe(strong);
		expect(row.duplicates).toEqual([weak, forged]);
		expect(roster.totals).toMatchObject({ receipts: 3, people: 1, done: 1, duplicates: 2, expected: 3, notYet: 2 });
	});

	test('matches the expected list per unit and finds who is not on it', async () => {
		const outsider = checked(await receiptFor({ nip: '199001012015011009', name: 'Tamu' }), true);
		const refused = checked(await receiptFor({ nip: '198001012005012003', name: 'Ani' }), false);
		const roster = buildRoster([checked(await receiptFor(), true), outsider, refused], expected, 80);
		expect(roster.units).toEqual([
			{ unit: 'Dinas Kesehatan', expected: 1, done: 0, notYet: 1 },
			{ unit: 'Dinas Pendidikan', expected: 2, done: 1, notYet: 1 },
		]);
		expect(roster.notYet.map((row) => row.name)).toEqual(['Budi', 'Ani']);
		expect(roster.notOnList.map((row) => row.name)).toEqual(['Tamu']);
		expect(roster.rows.find((row) => row.name === 'Ani')?.status).toBe('refused');
	});

	test('counts a score observed in the room that reaches the pass mark as done, beside any receipt', () => {
		const roster = buildRoster([], expected, 80, [{ nip: '198001012005011002', correct: 9, total: 10, observedAt: '2026-12-01T09:00:00.000Z', source: 'kartu jawaban' }]);
		expect(roster.rows.find((row) => row.name === 'Budi')).toMatchObject({ status: 'done', observed: { correct: 9 } });
	});
});

describe('toCsv', () => {
	test('starts with a BOM, keeps 18-digit NIPs as text and guards formulas', async () => {
		const roster = buildRoster([checked(await receiptFor({ name: '=HYPERLINK("x")' }), true)], [], 80);
		const csv = toCsv(ROSTER_COLUMNS, rosterTable(roster, { done: 'sudah', refused: 'ditolak', 'not-yet': 'belum' }, (receipt) => receipt.issuedAt));
		expect(csv.startsWith('\uFEFFNIP,')).toBe(true);
		expect(csv).toContain('="198001012005012001"');
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('roster store', () => {
	test('keeps receipts per event, once each, and survives a reload', async () => {
		const storage = createMemoryStorage();
		const receipt = await receiptFor();
		const first = addChecks([], [{ receipt, checkedAt: 'a' }, { receipt, checkedAt: 'b' }]);
		expect(first.repeated).toBe(1);
		expect(saveEventRoster(storage, 'ACARA-A', { receipts: first.receipts, observed: [] })).toBe(true);
		expect(loadEventRoster(storage, 'ACARA-A').receipts).toEqual([{ receipt, checkedAt: 'a' }]);
		expect(loadEventRoster(storage, 'ACARA-B').receipts).toEqual([]);
	});

	test('resets cleanly when the stored data is corrupted', () => {
		const storage = createMemoryStorage({ [ROSTER_KEY]: '{"version":2,"events":{"A":{"receipts":[{"receipt":[1,2]}]}}}' });
		expect(loadEventRoster(storage, 'A').receipts).toEqual([]);
		const broken = createMemoryStorage({ [ROSTER_KEY]: 'not json' });
		expect(loadEventRoster(broken, 'A')).toEqual({ receipts: [], observed: [] });
		expect(broken.entries.has(ROSTER_KEY)).toBe(false);
	});
});

describe('pledge store (the participant device)', () => {
	test('keeps the attempt until a receipt is made, then keeps the receipt', async () => {
		const storage = createMemoryStorage();
		const attempt = { questionIds: ['a'], quizVersion: 'V', startedAt: 't', attempt: { order: ['a'], optionOrder: { a: ['x', 'y'] }, position: 0, selections: { a: ['x'] }, results: {}, phase: 'answering' as const } };
		savePledgeFile(storage, putAttempt(loadPledgeFile(storage), 'ACARA', attempt));
		expect(loadPledgeFile(storage).attempts.ACARA).toEqual(attempt);
		const receipt = await receiptFor();
		savePledgeFile(storage, addReceipt(loadPledgeFile(storage), 'ACARA', receipt));
		expect(loadPledgeFile(storage)).toEqual({ attempts: {}, receipts: [receipt] });
		expect(removeReceipt(loadPledgeFile(storage), receipt).receipts).toEqual([]);
	});

	test('drops a corrupted attempt but keeps the receipts beside it', async () => {
		const receipt = await receiptFor();
		const storage = createMemoryStorage();
		savePledgeFile(storage, { attempts: {}, receipts: [receipt] });
		const stored = JSON.parse(storage.getItem(PLEDGE_KEY)!);
		stored.attempts = { ACARA: { questionIds: 'x' } };
		storage.setItem(PLEDGE_KEY, JSON.stringify(stored));
		expect(loadPledgeFile(storage)).toEqual({ attempts: {}, receipts: [receipt] });
	});
});
