/**
 * The "Tanda Selesai Kuis": evidence that someone passed the pre-pledge quiz.
 *
 * What it proves, and what not: the code is computed in the browser from every field, so it shows
 * the fields were not changed (or mistyped) after the receipt was issued. It does not prove who took
 * the quiz, nor that the quiz was taken honestly: anyone with the page can compute a valid receipt.
 * The code is a 40-bit checksum (two FNV-1a passes), not a signature; that is all a static site
 * without a server can honestly offer.
 */

export interface Receipt {
	name: string;
	nip: string;
	unit: string;
	eventCode: string;
	correct: number;
	total: number;
	/** Pass mark in percent, as set for the event. */
	passPercent: number;
	/** When the receipt was issued, ISO 8601 to the minute in UTC: "2026-11-22T09:30Z". */
	issuedAt: string;
	/** Short hash of the question bank the quiz was drawn from. */
	quizVersion: string;
	code: string;
}

export type ReceiptFields = Omit<Receipt, 'code'>;

/** Every receipt field in one fixed order: the QR payload, the roster and its CSV all use it. */
export const RECEIPT_FIELD_ORDER = ['name', 'nip', 'unit', 'eventCode', 'correct', 'total', 'passPercent', 'issuedAt', 'quizVersion', 'code'] as const;
export const RECEIPT_NUMBER_FIELDS: ReadonlySet<string> = new Set(['correct', 'total', 'passPercent']);

/** The receipt's values in RECEIPT_FIELD_ORDER. */
export function receiptValues(receipt: Receipt): (string | number)[] {
	return RECEIPT_FIELD_ORDER.map((field) => receipt[field]);
}

/** Build a receipt from values in RECEIPT_FIELD_ORDER, or undefined when any has the wrong type. */
export function receiptFromValues(values: readonly unknown[]): Receipt | undefined {
	if (values.length !== RECEIPT_FIELD_ORDER.length) return undefined;
	const isRightType = RECEIPT_FIELD_ORDER.every((field, index) =>
		RECEIPT_NUMBER_FIELDS.has(field) ? Number.isInteger(values[index]) : typeof values[index] === 'string',
	);
	return isRightType ? (Object.fromEntries(RECEIPT_FIELD_ORDER.map((field, index) => [field, values[index]])) as unknown as Receipt) : undefined;
}

export const FIELD_LIMITS = { name: 100, unit: 150 } as const;

/** Trim, collapse inner spaces and compose characters, so the same name always hashes alike. */
export function normaliseText(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Keep only the digits of a NIP as typed ("1980 0101 2005011 001" -> 18 digits). */
export function normaliseNip(nip: string): string {
	return nip.replace(/[\s.-]/g, '');
}

export interface FieldProblem {
	field: 'name' | 'nip' | 'unit';
	message: string;
}

/** Check what the participant typed; each problem names its field and how to fix it. */
export function checkParticipant(input: { name: string; nip: string; unit: string }): FieldProblem[] {
	const problems: FieldProblem[] = [];
	const name = normaliseText(input.name);
	const unit = normaliseText(input.unit);
	const nip = normaliseNip(input.nip);
	if (name.length === 0) problems.push({ field: 'name', message: 'Isi nama lengkap Anda.' });
	else if (name.length > FIELD_LIMITS.name) problems.push({ field: 'name', message: `Nama terlalu panjang: paling banyak ${FIELD_LIMITS.name} karakter.` });
	if (!/^\d{18}$/.test(nip)) problems.push({ field: 'nip', message: `NIP harus 18 angka; yang Anda ketik berisi ${nip.replace(/\D/g, '').length} angka${/\D/.test(nip) ? ' dan karakter selain angka' : ''}.` });
	if (unit.length === 0) problems.push({ field: 'unit', message: 'Isi instansi atau unit kerja Anda.' });
	else if (unit.length > FIELD_LIMITS.unit) problems.push({ field: 'unit', message: `Nama instansi/unit terlalu panjang: paling banyak ${FIELD_LIMITS.unit} karakter.` });
	return problems;
}

function fnv1a(text: string, seed: number): number {
	let hash = seed >>> 0;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** Crockford base 32: no I, L, O or U, so a code read aloud or copied by hand survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A short hash of any text, e.g. the question bank, as 8 Crockford characters. */
export function shortHash(text: string): string {
	const high = fnv1a(text, 0x811c9dc5);
	const low = fnv1a(text, 0x050c5d1f);
	// 40 bits: all of `high` and the top 8 bits of `low`.
	let value = (BigInt(high) << 8n) | BigInt(low >>> 24);
	let out = '';
	for (let index = 0; index < 8; index++) {
		out = CROCKFORD[Number(value & 31n)] + out;
		value >>= 5n;
	}
	return out;
}

/** The canonical text the code covers: every field, in a fixed order, normalised. */
function canonicalText(fields: ReceiptFields): string {
	return [
		'netralitas-tanda-selesai-v1',
		normaliseText(fields.name),
		normaliseNip(fields.nip),
		normaliseText(fields.unit),
		fields.eventCode,
		fields.correct,
		fields.total,
		fields.passPercent,
		fields.issuedAt,
		fields.quizVersion,
	].join('\u001f');
}

/** Compute the verification code, formatted "XXXX-XXXX". */
export function computeReceiptCode(fields: ReceiptFields): string {
	const hash = shortHash(canonicalText(fields));
	return `${hash.slice(0, 4)}-${hash.slice(4)}`;
}

/** Issue a receipt: normalise the fields and attach their code. */
export function issueReceipt(fields: ReceiptFields): Receipt {
	const normalised = { ...fields, name: normaliseText(fields.name), nip: normaliseNip(fields.nip), unit: normaliseText(fields.unit) };
	return { ...normalised, code: computeReceiptCode(normalised) };
}

/** A minute-precision UTC timestamp for receipts. */
export function formatIssuedAt(date: Date): string {
	return `${date.toISOString().slice(0, 16)}Z`;
}
