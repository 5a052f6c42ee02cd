/**
 * The "Tanda Selesai Kuis": evidence that someone passed the pre-pledge quiz for an event.
 *
 * What it proves, and what not: the code is an HMAC-SHA-256 (WebCrypto) of every field, keyed with
 * the event's secret, which only the participants' link and the organiser's event hold, shortened to
 * 50 bits in Crockford base 32 so it can be typed. A receipt whose code checks was therefore made by
 * someone who had the link, and its fields were not changed afterwards. It does not prove who took
 * the quiz, nor that the quiz was taken honestly: anyone with the link and developer tools can make
 * one. A practice receipt (no event) is keyed with a public constant and proves nothing.
 */
import { encodeCrockford, formatCrockford, normaliseCrockford } from './crockford';
import { isTimeZone, type TimeZone } from './time-zone';

export interface Receipt {
	name: string;
	nip: string;
	unit: string;
	/** The event's code; empty for practice without an event. */
	eventCode: string;
	correct: number;
	total: number;
	/** Pass mark in percent, as the participant's link set it (the checker uses the event's own). */
	passPercent: number;
	/** When the receipt was issued, ISO 8601 to the minute in UTC: "2026-12-01T08:06Z". */
	issuedAt: string;
	/** The zone the receipt shows its time in (the event's). */
	zone: TimeZone;
	/** Short hash of the question banks the quiz was drawn from. */
	quizVersion: string;
	/** "ABCDE-FGHJK": 10 Crockford characters. */
	code: string;
}

export type ReceiptFields = Omit<Receipt, 'code'>;

/** Every receipt field in one fixed order: the QR payload and the stored rosters use it. */
export const RECEIPT_FIELD_ORDER = ['name', 'nip', 'unit', 'eventCode', 'correct', 'total', 'passPercent', 'issuedAt', 'zone', 'quizVersion', 'code'] as const;
export const RECEIPT_NUMBER_FIELDS: ReadonlySet<string> = new Set(['correct', 'total', 'passPercent']);
export const CODE_LENGTH = 10;
/** The key of practice receipts, made without an event's link: public, so they prove nothing. */
export const PRACTICE_SECRET = 'latihan-tanpa-acara';

/** The receipt's values in RECEIPT_FIELD_ORDER. */
export function receiptValues(receipt: Receipt): (string | number)[] {
	return RECEIPT_FIELD_ORDER.map((field) => receipt[field]);
}

/** Build a receipt from values in RECEIPT_FIELD_ORDER, or undefined when any has the wrong type. */
export function receiptFromValues(values: readonly unknown[]): Receipt | undefined {
	if (values.length !== RECEIPT_FIELD_ORDER.length) return undefined;
	const isRightType = RECEIPT_FIELD_ORDER.every((field, index) =>
		RECEIPT_NUMBER_FIELDS.has(field) ? typeof values[index] === 'number' : field === 'zone' ? isTimeZone(values[index]) : typeof values[index] === 'string',
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

/** A short, non-secret hash of any text, e.g. the question banks (the quiz version), as 8 Crockford characters. */
export function shortHash(text: string): string {
	const high = fnv1a(text, 0x811c9dc5);
	const low = fnv1a(text, 0x050c5d1f);
	const bytes = new Uint8Array([high >>> 24, (high >>> 16) & 255, (high >>> 8) & 255, high & 255, low >>> 24]);
	return encodeCrockford(bytes, 8);
}

/** The canonical text the code covers: every field, in a fixed order, normalised. */
function canonicalText(fields: ReceiptFields): string {
	return [
		'netralitas-tanda-selesai-v2',
		normaliseText(fields.name),
		normaliseNip(fields.nip),
		normaliseText(fields.unit),
		fields.eventCode,
		fields.correct,
		fields.total,
		fields.passPercent,
		fields.issuedAt,
		fields.zone,
		fields.quizVersion,
	].join('\u001f');
}

const keyCache = new Map<string, Promise<CryptoKey>>();

function importKey(secret: string): Promise<CryptoKey> {
	let key = keyCache.get(secret);
	if (!key) {
		key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
		keyCache.set(secret, key);
	}
	return key;
}

/** Compute the keyed verification code, formatted "ABCDE-FGHJK". */
export async function computeReceiptCode(fields: ReceiptFields, secret: string): Promise<string> {
	const signature = await crypto.subtle.sign('HMAC', await importKey(secret || PRACTICE_SECRET), new TextEncoder().encode(canonicalText(fields)));
	return formatCrockford(encodeCrockford(new Uint8Array(signature), CODE_LENGTH));
}

/** Whether the receipt's code, however it was typed, is the one its fields give under `secret`. */
export async function hasValidCode(receipt: Receipt, secret: string): Promise<boolean> {
	const { code, ...fields } = receipt;
	return normaliseCrockford(code) === normaliseCrockford(await computeReceiptCode(fields, secret));
}

/** Issue a receipt: normalise the fields and attach their keyed code. */
export async function issueReceipt(fields: ReceiptFields, secret: string): Promise<Receipt> {
	const normalised = { ...fields, name: normaliseText(fields.name), nip: normaliseNip(fields.nip), unit: normaliseText(fields.unit) };
	return { ...normalised, code: await computeReceiptCode(normalised, secret) };
}
