/**
 * The organiser's list of expected participants, pasted from a spreadsheet or read from a CSV or
 * XLSX file: NIP, name and unit per row, checked row by row. Row numbers in messages are the
 * spreadsheet's own (header included), so the organiser can find the row to fix.
 */
import { FIELD_LIMITS, normaliseNip, normaliseText } from './receipt';

export interface ExpectedParticipant {
	nip: string;
	name: string;
	unit: string;
}

export interface RowProblem {
	/** 1-based row number as the spreadsheet shows it. */
	row: number;
	message: string;
}

export interface ExpectedListResult {
	participants: ExpectedParticipant[];
	problems: RowProblem[];
	/** Rows read, header excluded. */
	rowCount: number;
}

/** The most participants one event holds; larger lists are split into events per unit. */
export const EXPECTED_LIMIT = 5000;

type Column = 'nip' | 'name' | 'unit';
const HEADER_WORDS: Record<Column, RegExp> = {
	nip: /^nip\b/i,
	name: /^nama(?!\s*(unit|instansi|opd|satuan))/i,
	unit: /unit|instansi|opd|satuan|perangkat daerah|skpd|bagian/i,
};

/** Split pasted or CSV text into cells: tabs (a spreadsheet paste), else semicolons or commas, with quotes. */
export function splitRows(text: string): string[][] {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const sample = lines.find((line) => line.trim() !== '') ?? '';
	const separator = sample.includes('\t') ? '\t' : sample.split(';').length > sample.split(',').length ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let isQuoted = false;
	const body = lines.join('\n');
	for (let index = 0; index < body.length; index++) {
		const char = body[index]!;
		if (isQuoted) {
			if (char === '"' && body[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (char === '"') isQuoted = false;
			else cell += char;
		} else if (char === '"' && cell.trim() === '') {
			isQuoted = true;
			cell = '';
		} else if (char === separator) {
			row.push(cell);
			cell = '';
		} else if (char === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += char;
	}
	row.push(cell);
	rows.push(row);
	return rows;
}

function findColumns(header: readonly string[]): Record<Column, number> | undefined {
	const find = (column: Column) => header.findIndex((cell) => HEADER_WORDS[column].test(cell.trim()));
	const columns = { nip: find('nip'), name: find('name'), unit: find('unit') };
	return columns.nip >= 0 && columns.name >= 0 && columns.unit >= 0 ? columns : undefined;
}

/** Describe what is wrong with a NIP cell, or nothing when it holds 18 digits. */
function checkNipCell(raw: string): string | undefined {
	const nip = normaliseNip(raw.replace(/^'/, ''));
	if (/^\d{18}$/.test(nip)) return undefined;
	if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(nip)) {
		return `NIP "${raw.trim()}" sudah diubah spreadsheet menjadi angka dan dibulatkan. Format kolom NIP sebagai Teks, lalu salin ulang.`;
	}
	if (nip === '') return 'NIP kosong.';
	return `NIP "${raw.trim()}" harus 18 angka (terbaca ${nip.replace(/\D/g, '').length} angka${/\D/.test(nip) ? ' dan karakter lain' : ''}).`;
}

/** Check rows of cells (from a paste, a CSV or an XLSX sheet); a header row with NIP/Nama/Unit sets the column order. */
export function readExpectedRows(rows: readonly (readonly unknown[])[]): ExpectedListResult {
	const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
	const firstIndex = cells.findIndex((row) => row.some((cell) => cell.trim() !== ''));
	const header = firstIndex >= 0 ? findColumns(cells[firstIndex]!) : undefined;
	const columns = header ?? { nip: 0, name: 1, unit: 2 };
	const start = header ? firstIndex + 1 : 0;
	const participants: ExpectedParticipant[] = [];
	const problems: RowProblem[] = [];
	const rowOfNip = new Map<string, number>();
	let rowCount = 0;
	for (let index = start; index < cells.length; index++) {
		const row = cells[index]!;
		if (row.every((cell) => cell.trim() === '')) continue;
		rowCount++;
		const rowNumber = index + 1;
		const nipCell = row[columns.nip] ?? '';
		const name = normaliseText(row[columns.name] ?? '');
		const unit = normaliseText(row[columns.unit] ?? '');
		const messages: string[] = [];
		const nipProblem = checkNipCell(nipCell);
		if (nipProblem) messages.push(nipProblem);
		if (name === '') messages.push('Nama kosong.');
		else if (name.length > FIELD_LIMITS.name) messages.push(`Nama lebih dari ${FIELD_LIMITS.name} karakter.`);
		if (unit === '') messages.push('Unit kerja kosong.');
		else if (unit.length > FIELD_LIMITS.unit) messages.push(`Unit kerja lebih dari ${FIELD_LIMITS.unit} karakter.`);
		const nip = normaliseNip(nipCell.replace(/^'/, ''));
		if (!nipProblem && rowOfNip.has(nip)) messages.push(`NIP ${nip} sudah ada di baris ${rowOfNip.get(nip)}.`);
		if (messages.length > 0) {
			problems.push({ row: rowNumber, message: messages.join(' ') });
			continue;
		}
		if (participants.length >= EXPECTED_LIMIT) {
			problems.push({ row: rowNumber, message: `Daftar dibatasi ${EXPECTED_LIMIT} peserta per acara; baris ini dan sesudahnya tidak dibaca.` });
			break;
		}
		rowOfNip.set(nip, rowNumber);
		participants.push({ nip, name, unit });
	}
	if (rowCount === 0) problems.push({ row: 0, message: 'Tidak ada baris peserta. Tempel kolom NIP, Nama, dan Unit kerja dari spreadsheet.' });
	else if (!header && firstIndex >= 0 && checkNipCell(cells[firstIndex]![0] ?? '') !== undefined && participants.length > 0) {
		// A first row that is neither a header we know nor a participant is most likely a header in other words.
		problems.push({ row: firstIndex + 1, message: 'Baris pertama tidak dikenali sebagai judul kolom. Pakai judul NIP, Nama, Unit kerja, atau urutan kolom itu tanpa judul.' });
	}
	return { participants, problems, rowCount };
}

/** Check a pasted or CSV list of expected participants. */
export function readExpectedText(text: string): ExpectedListResult {
	return readExpectedRows(splitRows(text));
}
