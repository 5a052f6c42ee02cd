import { computeReceiptCode, normaliseNip, receiptFromValues, receiptValues, type Receipt } from './receipt';

/**
 * Two ways a receipt travels: as readable text (shared or copied) and as a link for its QR code
 * (`/ikrar/periksa/#r=<base64url JSON>`), which any phone camera opens on the checking page.
 * The labels below are part of the text format: change them only with a new format version.
 */
const TEXT_LABELS = {
	title: 'TANDA SELESAI KUIS NETRALITAS ASN',
	name: 'Nama',
	nip: 'NIP',
	unit: 'Instansi/unit',
	eventCode: 'Kode acara',
	score: 'Nilai',
	issuedAt: 'Waktu (UTC)',
	quizVersion: 'Versi kuis',
	code: 'Kode verifikasi',
	link: 'Periksa',
	note: 'Catatan',
} as const;

const NO_EVENT = '-';
const PAYLOAD_VERSION = 1;

function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The link carried by the receipt's QR code. */
export function encodeReceiptLink(receipt: Receipt, checkPageUrl: string): string {
	return `${checkPageUrl}#r=${toBase64Url(JSON.stringify([PAYLOAD_VERSION, ...receiptValues(receipt)]))}`;
}

/** The receipt as text to share or copy; `note` says plainly what the receipt proves. */
export function encodeReceiptText(receipt: Receipt, checkPageUrl: string, note: string): string {
	return [
		TEXT_LABELS.title,
		`${TEXT_LABELS.name}: ${receipt.name}`,
		`${TEXT_LABELS.nip}: ${receipt.nip}`,
		`${TEXT_LABELS.unit}: ${receipt.unit}`,
		`${TEXT_LABELS.eventCode}: ${receipt.eventCode || NO_EVENT}`,
		`${TEXT_LABELS.score}: ${receipt.correct}/${receipt.total} (batas lulus ${receipt.passPercent}%)`,
		`${TEXT_LABELS.issuedAt}: ${receipt.issuedAt}`,
		`${TEXT_LABELS.quizVersion}: ${receipt.quizVersion}`,
		`${TEXT_LABELS.code}: ${receipt.code}`,
		`${TEXT_LABELS.link}: ${encodeReceiptLink(receipt, checkPageUrl)}`,
		`${TEXT_LABELS.note}: ${note}`,
	].join('\n');
}

export type DecodeResult = { receipt: Receipt; error?: undefined } | { receipt?: undefined; error: string };

const UNREADABLE = 'Teks ini tidak dikenali sebagai tanda selesai kuis. Tempel seluruh teks tanda selesai, tautan dari kode QR-nya, atau isi kolomnya satu per satu.';

function fromPayload(encoded: string): DecodeResult {
	let values: unknown;
	try {
		values = JSON.parse(fromBase64Url(encoded));
	} catch {
		return { error: 'Tautan tanda selesai rusak atau terpotong. Salin ulang seluruh tautannya.' };
	}
	if (!Array.isArray(values) || values[0] !== PAYLOAD_VERSION) return { error: UNREADABLE };
	const receipt = receiptFromValues(values.slice(1));
	return receipt ? { receipt } : { error: UNREADABLE };
}

function fromText(text: string): DecodeResult {
	const fields = new Map<string, string>();
	for (const line of text.split(/\r?\n/)) {
		const separator = line.indexOf(':');
		if (separator > 0) fields.set(line.slice(0, separator).trim(), line.slice(separator + 1).trim());
	}
	const read = (label: string) => fields.get(label);
	const score = read(TEXT_LABELS.score)?.match(/^(\d+)\s*\/\s*(\d+)\s*\(batas lulus (\d+)%\)$/);
	const values = [TEXT_LABELS.name, TEXT_LABELS.nip, TEXT_LABELS.unit, TEXT_LABELS.eventCode, TEXT_LABELS.issuedAt, TEXT_LABELS.quizVersion, TEXT_LABELS.code].map(read);
	if (!score || values.some((value) => value === undefined)) {
		const missing = Object.entries(TEXT_LABELS)
			.filter(([key]) => !['title', 'link', 'note'].includes(key))
			.filter(([key, label]) => (key === 'score' ? !score : read(label) === undefined))
			.map(([, label]) => label);
		return { error: `Tanda selesai tidak lengkap: baris ${missing.join(', ')} tidak ditemukan atau rusak.` };
	}
	const [name, nip, unit, eventCode, issuedAt, quizVersion, code] = values as string[];
	return {
		receipt: {
			name: name!,
			nip: nip!,
			unit: unit!,
			eventCode: eventCode === NO_EVENT ? '' : eventCode!,
			correct: Number(score[1]),
			total: Number(score[2]),
			passPercent: Number(score[3]),
			issuedAt: issuedAt!,
			quizVersion: quizVersion!,
			code: code!.toUpperCase(),
		},
	};
}

/** Read a receipt from pasted text, its QR link, or the bare link fragment. */
export function decodeReceipt(input: string): DecodeResult {
	const text = input.trim();
	const fragment = text.match(/(?:^|#)r=([A-Za-z0-9_-]+)/);
	// A pasted text also contains the link; the lines written out are what the organiser sees, so
	// prefer them, and fall back to the link alone.
	if (text.includes(`${TEXT_LABELS.code}:`)) return fromText(text);
	if (fragment?.[1]) return fromPayload(fragment[1]);
	return { error: UNREADABLE };
}

export interface Verdict {
	isValid: boolean;
	problems: string[];
	warnings: string[];
}

/** Check a receipt: its code against its fields, and that the fields make sense together. */
export function verifyReceipt(receipt: Receipt, knownQuizVersions: readonly string[]): Verdict {
	const problems: string[] = [];
	const warnings: string[] = [];
	const { code, ...fields } = receipt;
	if (computeReceiptCode(fields) !== code.toUpperCase()) {
		problems.push('Kode verifikasi tidak cocok dengan isi tanda selesai: ada kolom yang diubah atau salah ketik setelah tanda selesai dibuat.');
	}
	if (!/^\d{18}$/.test(normaliseNip(receipt.nip))) problems.push('NIP tidak terdiri atas 18 angka.');
	if (receipt.total <= 0 || receipt.correct > receipt.total) problems.push('Nilai tidak masuk akal: jumlah benar melebihi jumlah soal.');
	else if (receipt.correct * 100 < receipt.passPercent * receipt.total) problems.push(`Nilai ${receipt.correct}/${receipt.total} di bawah batas lulus ${receipt.passPercent}%.`);
	if (!knownQuizVersions.includes(receipt.quizVersion)) {
		warnings.push('Versi kuis tidak dikenal: tanda selesai ini mungkin dibuat dengan bank soal versi lain, atau kolom versinya diubah.');
	}
	return { isValid: problems.length === 0, problems, warnings };
}
