/**
 * Judge a receipt against the organiser's event, never against what the receipt says about itself:
 * a receipt that names another event, question count, pass mark or quiz version, whose time falls
 * outside the event's window or in the future, whose score is below the event's pass mark, or whose
 * code was not made with the event's secret is refused, each reason named on its own.
 */
import { eventWindow, type EventRules } from './event';
import { hasValidCode, normaliseNip, type Receipt } from './receipt';

export const REFUSAL_REASONS = [
	'other-event',
	'bad-code',
	'question-count',
	'pass-mark',
	'quiz-version',
	'bad-time',
	'before-window',
	'after-window',
	'in-future',
	'impossible-score',
	'below-pass-mark',
	'bad-nip',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface Refusal {
	reason: RefusalReason;
	message: string;
}

export interface Judgement {
	isValid: boolean;
	refusals: Refusal[];
}

/** A receipt may be made up to this long after the clock of the checking device; phones drift. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

const minuteInstant = (iso: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(iso) ? Date.parse(iso.replace(/Z$/, ':00Z')) : Number.NaN);

/** Judge one receipt against the event's rules; `now` is the checking device's clock in ms. */
export async function judgeReceipt(receipt: Receipt, event: EventRules, now: number): Promise<Judgement> {
	const refusals: Refusal[] = [];
	const refuse = (reason: RefusalReason, message: string) => refusals.push({ reason, message });

	if (receipt.eventCode !== event.code) {
		refuse('other-event', `Tanda selesai ini untuk acara ${receipt.eventCode || '(latihan tanpa acara)'}, bukan ${event.code}.`);
	} else if (!(await hasValidCode(receipt, event.secret))) {
		refuse('bad-code', 'Kode verifikasi tidak cocok: isi tanda selesai diubah atau salah ketik, atau tanda selesai tidak dibuat dari tautan acara ini.');
	}
	if (receipt.total !== event.questionCount) refuse('question-count', `Jumlah soal ${receipt.total}, padahal acara ini menetapkan ${event.questionCount} soal.`);
	if (receipt.passPercent !== event.passPercent) refuse('pass-mark', `Batas lulus tertulis ${receipt.passPercent}%, padahal acara ini menetapkan ${event.passPercent}%.`);
	if (!event.quizVersions.includes(receipt.quizVersion)) {
		refuse('quiz-version', `Versi kuis ${receipt.quizVersion || '(kosong)'} bukan versi acara ini (${event.quizVersions.join(', ')}).`);
	}

	const issued = minuteInstant(receipt.issuedAt);
	const window = eventWindow(event);
	if (Number.isNaN(issued)) refuse('bad-time', `Waktu "${receipt.issuedAt}" tidak terbaca sebagai tanggal dan jam.`);
	else if (issued > now + CLOCK_TOLERANCE_MS) refuse('in-future', 'Waktu tanda selesai ada di masa depan menurut jam perangkat ini.');
	else if (issued < window.start) refuse('before-window', 'Tanda selesai dibuat sebelum waktu acara dimulai.');
	else if (issued > window.end) refuse('after-window', 'Tanda selesai dibuat sesudah waktu acara berakhir.');

	const { correct, total } = receipt;
	if (!Number.isInteger(correct) || !Number.isInteger(total) || total <= 0 || correct < 0 || correct > total) {
		refuse('impossible-score', `Nilai ${correct}/${total} tidak mungkin.`);
	} else if (correct * 100 < event.passPercent * total) {
		refuse('below-pass-mark', `Nilai ${correct}/${total} di bawah batas lulus acara ${event.passPercent}%.`);
	}
	if (!/^\d{18}$/.test(normaliseNip(receipt.nip))) refuse('bad-nip', 'NIP tidak terdiri atas 18 angka.');
	return { isValid: refusals.length === 0, refusals };
}
