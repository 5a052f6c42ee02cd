/**
 * How a receipt travels: as readable text (shared, copied, or typed back from the print) and as a
 * link for its QR code (`/ikrar/periksa/#r=<base64url JSON>`), which any phone camera opens on the
 * checking page. Every field is written the way the printed card shows it, and every printed form
 * reads back: "Waktu: 2026-12-01 15:06 WIB", "Nilai: 9 dari 10 benar (batas lulus 80%)".
 * The labels are part of the text format: change them only with a new payload version.
 */
import { normaliseCrockford, formatCrockford } from './crockford';
import { receiptFromValues, receiptValues, type Receipt } from './receipt';
import { formatZoned, isTimeZone, parseTypedTime, toIsoMinute, type TimeZone } from './time-zone';

export const TEXT_LABELS = {
	title: 'TANDA SELESAI KUIS NETRALITAS ASN',
	name: 'Nama',
	nip: 'NIP',
	unit: 'Instansi/unit',
	eventCode: 'Kode acara',
	score: 'Nilai',
	issuedAt: 'Waktu',
	quizVersion: 'Versi kuis',
	code: 'Kode verifikasi',
	link: 'Periksa',
	note: 'Catatan',
} as const;

/** Labels of the first receipt format, still read so receipts already handed out keep reading. */
const LABEL_ALIASES: Record<string, string> = { 'Waktu (UTC)': TEXT_LABELS.issuedAt, 'Waktu dibuat': TEXT_LABELS.issuedAt, Acara: TEXT_LABELS.eventCode, 'Instansi / unit kerja': TEXT_LABELS.unit };

const NO_EVENT = '-';
const PAYLOAD_VERSION = 2;

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

/** The score as printed: "9 dari 10 benar (batas lulus 80%)". */
export function formatScore(receipt: Pick<Receipt, 'correct' | 'total' | 'passPercent'>): string {
	return `${receipt.correct} dari ${receipt.total} benar (batas lulus ${receipt.passPercent}%)`;
}

/** The time as printed, in the receipt's zone: "2026-12-01 15:06 WIB". */
export function formatReceiptTime(receipt: Pick<Receipt, 'issuedAt' | 'zone'>): string {
	const instant = Date.parse(receipt.issuedAt.replace(/Z$/, ':00Z'));
	return Number.isNaN(instant) ? receipt.issuedAt : formatZoned(instant, receipt.zone);
}

/** The link carried by the receipt's QR code. */
export function encodeReceiptLink(receipt: Receipt, checkPageUrl: string): string {
	return `${checkPageUrl}#r=${toBase64Url(JSON.stringify([PAYLOAD_VERSION, ...receiptValues(receipt)]))}`;
}

/** The printed rows of a receipt, label and value, in the order the card and the text show them. */
export function receiptRows(receipt: Receipt): [keyof typeof TEXT_LABELS, string][] {
	return [
		['name', receipt.name],
		['nip', receipt.nip],
		['unit', receipt.unit],
		['eventCode', receipt.eventCode || NO_EVENT],
		['score', formatScore(receipt)],
		['issuedAt', formatReceiptTime(receipt)],
		['quizVersion', receipt.quizVersion],
		['code', receipt.code],
	];
}

/** The receipt as text to share or copy; `note` says plainly what the receipt proves. */
export function encodeReceiptText(receipt: Receipt, checkPageUrl: string, note: string): string {
	return [
		TEXT_LABELS.title,
		...receiptRows(receipt).map(([key, value]) => `${TEXT_LABELS[key]}: ${value}`),
		`${TEXT_LABELS.link}: ${encodeReceiptLink(receipt, checkPageUrl)}`,
		`${TEXT_LABELS.note}: ${note}`,
	].join('\n');
}

export type DecodeResult = { receipt: Receipt; error?: undefined } | { receipt?: undefined; error: string };

export const UNREADABLE = 'Teks ini tidak dikenali sebagai tanda selesai kuis. Tempel seluruh teks tanda selesai, tautan dari kode QR-nya, atau isi kolomnya satu per satu.';

function fromPayload(encoded: string): DecodeResult {
	let values: unknown;
	try {
		values = JSON.parse(fromBase64Url(encoded));
	} catch {
		return { error: 'Tautan tanda selesai rusak atau terpotong. Salin ulang seluruh tautannya.' };
	}
	if (Array.isArray(values) && values[0] === 1) return { error: 'Tanda selesai ini dibuat dengan format lama (sebelum Desember 2026) yang tidak memakai kunci acara. Minta peserta mengerjakan kuis lagi lewat tautan acara.' };
	if (!Array.isArray(values) || values[0] !== PAYLOAD_VERSION) return { error: UNREADABLE };
	const receipt = receiptFromValues(values.slice(1));
	return receipt ? { receipt } : { error: UNREADABLE };
}

/** The fields of a receipt as typed from its print, one string each, labelled like the print. */
export type TypedReceipt = Partial<Record<Exclude<keyof typeof TEXT_LABELS, 'title' | 'link' | 'note'>, string>>;

/** Read a receipt from fields typed as printed; the zone comes from the typed time, else `defaultZone`. */
export function readTypedReceipt(typed: TypedReceipt, defaultZone: TimeZone = 'WIB'): DecodeResult {
	const missing: string[] = [];
	const need = (key: keyof TypedReceipt) => {
		const value = typed[key]?.trim() ?? '';
		if (value === '') missing.push(TEXT_LABELS[key]);
		return value;
	};
	const name = need('name');
	const nip = need('nip');
	const unit = need('unit');
	const eventCode = need('eventCode');
	const scoreText = need('score');
	const timeText = need('issuedAt');
	const quizVersion = need('quizVersion');
	const code = need('code');
	if (missing.length > 0) return { error: `Tanda selesai tidak lengkap: ${missing.join(', ')} tidak ditemukan atau kosong.` };
	const score = scoreText.match(/^(\d+)\s*(?:dari|\/)\s*(\d+)(?:\s*benar)?\s*\(\s*batas lulus\s*(\d+)\s*%\s*\)$/i);
	if (!score) return { error: `Nilai "${scoreText}" tidak terbaca. Ketik seperti tercetak, misalnya "9 dari 10 benar (batas lulus 80%)".` };
	const instant = parseTypedTime(timeText);
	if (Number.isNaN(instant)) return { error: `Waktu "${timeText}" tidak terbaca. Ketik seperti tercetak, misalnya "2026-12-01 15:06 WIB".` };
	const zoneText = timeText.trim().split(/\s+/).pop()?.toUpperCase();
	return {
		receipt: {
			name,
			nip,
			unit,
			eventCode: eventCode === NO_EVENT ? '' : eventCode.toUpperCase(),
			correct: Number(score[1]),
			total: Number(score[2]),
			passPercent: Number(score[3]),
			issuedAt: toIsoMinute(instant),
			zone: isTimeZone(zoneText) ? zoneText : defaultZone,
			quizVersion: quizVersion.toUpperCase(),
			code: formatCrockford(normaliseCrockford(code)),
		},
	};
}

function fromLines(lines: readonly string[]): DecodeResult {
	const typed: TypedReceipt = {};
	const byLabel = new Map<string, string>(Object.entries(TEXT_LABELS).map(([key, label]) => [label, key]));
	for (const line of lines) {
		const separator = line.indexOf(':');
		if (separator <= 0) continue;
		const raw = line.slice(0, separator).replace(/^[*_\s]+|[*_\s]+$/g, '');
		const key = byLabel.get(LABEL_ALIASES[raw] ?? raw);
		if (key && key !== 'title' && key !== 'link' && key !== 'note') typed[key as keyof TypedReceipt] = line.slice(separator + 1).replace(/^[*_\s]+|[*_\s]+$/g, '');
	}
	return readTypedReceipt(typed);
}

/** Read one receipt from pasted text, its QR link, or the bare link fragment. */
export function decodeReceipt(input: string): DecodeResult {
	const [found] = findReceipts(input);
	return found ? found.result : { error: UNREADABLE };
}

/**
 * WhatsApp's chat export starts each message with its date, time and sender, in one of a few
 * locale shapes: "01/12/26 08.06 - Budi: ..." (Android) or "[01/12/26 08.06.13] Budi: ..." (iOS).
 */
const WHATSAPP_PREFIX = /^\u200e?\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:-\s*)?[^:]{1,60}:\s?/;
const LINK_PATTERN = /#r=([A-Za-z0-9_-]{8,})/g;

export interface FoundReceipt {
	result: DecodeResult;
	/** 1-based line where the receipt starts in the pasted text. */
	line: number;
}

/**
 * Find every receipt in a paste: several receipt texts, bare QR links, or a whole WhatsApp chat
 * export with receipts among other messages. A receipt text also holds its own link; the text, which
 * is what the organiser sees, is read, and its link is not counted twice.
 */
export function findReceipts(input: string): FoundReceipt[] {
	const lines = input.split(/\r?\n/).map((line) => line.replace(WHATSAPP_PREFIX, ''));
	const found: FoundReceipt[] = [];
	let block: { start: number; lines: string[] } | undefined;
	const close = () => {
		if (!block) return;
		const fromText = fromLines(block.lines);
		const link = block.lines.join('\n').match(/#r=([A-Za-z0-9_-]{8,})/);
		// A text that lost a line (a chat app cut it) can still be read from its own link.
		found.push({ result: fromText.error && link ? fromPayload(link[1]!) : fromText, line: block.start });
		block = undefined;
	};
	lines.forEach((line, index) => {
		const text = line.trim();
		if (text.replace(/[*_]/g, '').toUpperCase().startsWith(TEXT_LABELS.title)) {
			close();
			block = { start: index + 1, lines: [] };
			return;
		}
		if (block) {
			block.lines.push(text);
			// The note is the last line of a receipt text; whatever follows is another message.
			if (text.startsWith(`${TEXT_LABELS.note}:`)) close();
			return;
		}
		for (const match of text.matchAll(LINK_PATTERN)) found.push({ result: fromPayload(match[1]!), line: index + 1 });
	});
	close();
	return found;
}
