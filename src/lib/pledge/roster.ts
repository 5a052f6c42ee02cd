/**
 * The organiser's roster for one event: every checked receipt folded into one row per NIP, matched
 * against the expected list, with totals per unit and the list of who has not done it yet.
 *
 * Evidence comes in kinds. Today a row holds receipts (made on a participant's device); a score
 * observed in the room (answer cards scanned by the presenter, issue 18) is a second kind, passed
 * in as `observed` and shown beside the receipt, never merged into it. A row counts as done when
 * its best receipt is valid or its observed score reaches the event's pass mark.
 */
import type { ExpectedParticipant } from './expected-list';
import { normaliseNip, type Receipt } from './receipt';
import type { Judgement } from './rules';

export interface CheckedReceipt {
	receipt: Receipt;
	judgement: Judgement;
	checkedAt: string;
}

/** A score observed in the room for one participant (who held which card is the organiser's record). */
export interface ObservedScore {
	nip: string;
	correct: number;
	total: number;
	observedAt: string;
	/** Where it was observed, e.g. "kartu jawaban". */
	source: string;
}

export type RowStatus = 'done' | 'refused' | 'not-yet';

export interface RosterRow {
	nip: string;
	name: string;
	unit: string;
	/** The best receipt: a valid one first, then the higher score, then the earlier time. */
	best?: CheckedReceipt | undefined;
	/** Every other receipt for this NIP, shown as duplicates. */
	duplicates: CheckedReceipt[];
	observed?: ObservedScore | undefined;
	isExpected: boolean;
	status: RowStatus;
}

export interface UnitTotals {
	unit: string;
	expected: number;
	done: number;
	notYet: number;
}

export interface Roster {
	rows: RosterRow[];
	totals: { receipts: number; people: number; done: number; refused: number; duplicates: number; expected: number; notYet: number; notOnList: number };
	units: UnitTotals[];
	/** Expected participants without a valid receipt or passing observation. */
	notYet: RosterRow[];
	/** People with a valid receipt who are not on the expected list (only when there is one). */
	notOnList: RosterRow[];
}

/** Order two checked receipts of one person: negative when `a` is the better evidence. */
export function compareEvidence(a: CheckedReceipt, b: CheckedReceipt): number {
	if (a.judgement.isValid !== b.judgement.isValid) return a.judgement.isValid ? -1 : 1;
	const share = (entry: CheckedReceipt) => (entry.receipt.total > 0 ? entry.receipt.correct / entry.receipt.total : 0);
	if (share(a) !== share(b)) return share(b) - share(a);
	return a.receipt.issuedAt.localeCompare(b.receipt.issuedAt);
}

/** Build the roster: one row per NIP, expected list first in its own order, then the rest by name. */
export function buildRoster(checked: readonly CheckedReceipt[], expected: readonly ExpectedParticipant[], passPercent: number, observed: readonly ObservedScore[] = []): Roster {
	const byNip = new Map<string, CheckedReceipt[]>();
	for (const entry of checked) {
		const nip = normaliseNip(entry.receipt.nip);
		byNip.set(nip, [...(byNip.get(nip) ?? []), entry]);
	}
	const observedByNip = new Map(observed.map((score) => [normaliseNip(score.nip), score]));
	const expectedNips = new Set(expected.map((person) => person.nip));
	const hasList = expected.length > 0;

	const makeRow = (nip: string, person: ExpectedParticipant | undefined): RosterRow => {
		const [best, ...duplicates] = [...(byNip.get(nip) ?? [])].sort(compareEvidence);
		const seen = observedByNip.get(nip);
		const isObservedPass = seen !== undefined && seen.total > 0 && seen.correct * 100 >= passPercent * seen.total;
		const status: RowStatus = best?.judgement.isValid || isObservedPass ? 'done' : best ? 'refused' : 'not-yet';
		return {
			nip,
			name: person?.name ?? best?.receipt.name ?? '',
			unit: person?.unit ?? best?.receipt.unit ?? '',
			best,
			duplicates,
			observed: seen,
			isExpected: expectedNips.has(nip),
			status,
		};
	};

	const expectedRows = expected.map((person) => makeRow(person.nip, person));
	const otherNips = [...new Set([...byNip.keys(), ...observedByNip.keys()])].filter((nip) => !expectedNips.has(nip));
	const otherRows = otherNips.map((nip) => makeRow(nip, undefined)).sort((a, b) => a.name.localeCompare(b.name, 'id'));
	const rows = [...expectedRows, ...otherRows];

	const unitMap = new Map<string, UnitTotals>();
	for (const row of expectedRows) {
		const totals = unitMap.get(row.unit) ?? { unit: row.unit, expected: 0, done: 0, notYet: 0 };
		totals.expected++;
		if (row.status === 'done') totals.done++;
		else totals.notYet++;
		unitMap.set(row.unit, totals);
	}
	const notYet = expectedRows.filter((row) => row.status !== 'done');
	const notOnList = hasList ? otherRows.filter((row) => row.status === 'done') : [];
	return {
		rows,
		totals: {
			receipts: checked.length,
			people: rows.filter((row) => row.best || row.observed).length,
			done: rows.filter((row) => row.status === 'done').length,
			refused: rows.filter((row) => row.status === 'refused').length,
			duplicates: rows.reduce((sum, row) => sum + row.duplicates.length, 0),
			expected: expected.length,
			notYet: notYet.length,
			notOnList: notOnList.length,
		},
		units: [...unitMap.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'id')),
		notYet,
		notOnList,
	};
}

/** One exported line per roster row, in the column order of `ROSTER_COLUMNS`. */
export function rosterTable(roster: Roster, statusLabels: Record<RowStatus, string>, formatTime: (receipt: Receipt) => string): (string | number)[][] {
	return roster.rows.map((row) => [
		row.nip,
		row.name,
		row.unit,
		row.isExpected ? 'ya' : 'tidak',
		row.best ? row.best.receipt.correct : '',
		row.best ? row.best.receipt.total : '',
		row.best ? formatTime(row.best.receipt) : '',
		row.best?.receipt.code ?? '',
		statusLabels[row.status],
		row.best?.judgement.refusals.map((refusal) => refusal.message).join(' ') ?? '',
		row.duplicates.length,
		row.observed ? `${row.observed.correct}/${row.observed.total}` : '',
	]);
}

export const ROSTER_COLUMNS = ['NIP', 'Nama', 'Unit kerja', 'Di daftar undangan', 'Benar', 'Jumlah soal', 'Waktu', 'Kode verifikasi', 'Status', 'Alasan ditolak', 'Duplikat', 'Diamati di ruangan'] as const;

/**
 * Quote a CSV cell; a leading = + - @ (or tab, CR) is escaped with an apostrophe so spreadsheets
 * never run it as a formula (OWASP "CSV injection").
 */
function csvCell(value: string | number): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV with a BOM (so Excel reads UTF-8). A cell of 16 digits or more (a NIP) is written
 * as ="…", which Excel, LibreOffice and Google Sheets keep as text instead of rounding it to 15
 * digits; it is built only from digits, so the formula guard has nothing to guard.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
	const cell = (value: string | number) => (typeof value === 'string' && /^\d{16,}$/.test(value) ? `="${value}"` : csvCell(value));
	return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
