/**
 * An ikrar event as the organiser creates it: the rules every receipt is judged against.
 *
 * The organiser's device holds the whole event (see event-store.ts); the participants' link carries
 * the rules and the event's secret in the URL fragment (never sent to a server, not in referrers),
 * so the participant's page can key receipts with it (receipt.ts) and nobody without the link can
 * make a receipt that the checker accepts. Someone with the link and developer tools still can:
 * the guide and the receipt say so.
 */
import { TIME_ZONES, isTimeZone, localToInstant, type TimeZone } from './time-zone';
import type { ExpectedParticipant } from './expected-list';

export interface PledgeEvent {
	/** Printed on every receipt, made from the name: "APEL-NETRALITAS-KAB-CONTOH". */
	code: string;
	/** The name as the organiser typed it. */
	name: string;
	questionCount: number;
	/** Pass mark in whole percent. */
	passPercent: number;
	/** Wall-clock start and end in the event's zone, "2026-12-01T07:30". */
	startsAt: string;
	endsAt: string;
	zone: TimeZone;
	/** 128 random bits, base64url: the key receipt codes are computed with. */
	secret: string;
	/** Quiz versions (hash of the banks) receipts may carry; the first is the one the event was made with. */
	quizVersions: string[];
	expected: ExpectedParticipant[];
	createdAt: string;
}

/** The part of an event the participant's link carries. */
export type EventRules = Omit<PledgeEvent, 'expected' | 'createdAt'>;

export const QUESTION_COUNT_RANGE = { min: 10, max: 40 } as const;
export const PASS_MARK_RANGE = { min: 50, max: 100 } as const;
export const EVENT_CODE_LIMIT = 40;
export const EVENT_NAME_LIMIT = 120;
/** Longest event window accepted: a pledge is run over days, not months. */
export const MAX_WINDOW_DAYS = 31;
const DAY = 86_400_000;

/** Make the event code from its name: "Apel Netralitas Kab. Contoh" -> "APEL-NETRALITAS-KAB-CONTOH". */
export function makeEventCode(name: string): string {
	const code = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toUpperCase()
		.replace(/[^A-Z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return code.slice(0, EVENT_CODE_LIMIT).replace(/-+$/, '');
}

export interface EventInput {
	name: string;
	questionCount: string | number;
	passPercent: string | number;
	startsAt: string;
	endsAt: string;
	zone: string;
}

export interface EventProblem {
	field: keyof EventInput;
	message: string;
}

/** Check what the organiser typed; each problem names its field and the fix. `now` bounds the dates. */
export function checkEventInput(input: EventInput, availableQuestions: number, now: number): EventProblem[] {
	const problems: EventProblem[] = [];
	const name = input.name.replace(/\s+/g, ' ').trim();
	const code = makeEventCode(name);
	if (name.length === 0) problems.push({ field: 'name', message: 'Isi nama acara, misalnya "Apel Netralitas Kab. Contoh".' });
	else if (name.length > EVENT_NAME_LIMIT) problems.push({ field: 'name', message: `Nama acara terlalu panjang: paling banyak ${EVENT_NAME_LIMIT} karakter.` });
	else if (code.length < 3) problems.push({ field: 'name', message: 'Nama acara perlu paling sedikit 3 huruf atau angka untuk dijadikan kode acara.' });

	const count = Number(input.questionCount);
	const maxCount = Math.min(QUESTION_COUNT_RANGE.max, availableQuestions);
	if (!Number.isInteger(count) || count < QUESTION_COUNT_RANGE.min || count > maxCount) {
		problems.push({ field: 'questionCount', message: `Jumlah soal harus bilangan bulat dari ${QUESTION_COUNT_RANGE.min} sampai ${maxCount}.` });
	}
	const pass = Number(input.passPercent);
	if (!Number.isInteger(pass) || pass < PASS_MARK_RANGE.min || pass > PASS_MARK_RANGE.max) {
		problems.push({ field: 'passPercent', message: `Batas lulus harus bilangan bulat dari ${PASS_MARK_RANGE.min} sampai ${PASS_MARK_RANGE.max} (persen).` });
	}
	if (!isTimeZone(input.zone)) {
		problems.push({ field: 'zone', message: `Pilih zona waktu: ${TIME_ZONES.join(', ')}.` });
		return problems;
	}
	const start = localToInstant(input.startsAt, input.zone);
	const end = localToInstant(input.endsAt, input.zone);
	if (Number.isNaN(start)) problems.push({ field: 'startsAt', message: 'Isi tanggal dan jam mulai yang ada di kalender.' });
	else if (start < now - 366 * DAY || start > now + 3 * 366 * DAY) problems.push({ field: 'startsAt', message: 'Tanggal mulai harus dalam setahun terakhir sampai tiga tahun ke depan.' });
	if (Number.isNaN(end)) problems.push({ field: 'endsAt', message: 'Isi tanggal dan jam selesai yang ada di kalender.' });
	else if (!Number.isNaN(start) && end <= start) problems.push({ field: 'endsAt', message: 'Waktu selesai harus sesudah waktu mulai.' });
	else if (!Number.isNaN(start) && end - start > MAX_WINDOW_DAYS * DAY) problems.push({ field: 'endsAt', message: `Rentang waktu acara paling lama ${MAX_WINDOW_DAYS} hari.` });
	return problems;
}

/** Encode random bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Create an event from checked input; `randomBytes` is injected (crypto.getRandomValues in the browser). */
export function createEvent(
	input: EventInput,
	extra: { quizVersion: string; expected: ExpectedParticipant[]; createdAt: string; randomBytes: (length: number) => Uint8Array },
): PledgeEvent {
	const name = input.name.replace(/\s+/g, ' ').trim();
	return {
		code: makeEventCode(name),
		name,
		questionCount: Number(input.questionCount),
		passPercent: Number(input.passPercent),
		startsAt: input.startsAt.replace(' ', 'T'),
		endsAt: input.endsAt.replace(' ', 'T'),
		zone: input.zone as TimeZone,
		secret: toBase64Url(extra.randomBytes(16)),
		quizVersions: [extra.quizVersion],
		expected: extra.expected,
		createdAt: extra.createdAt,
	};
}

/** The event's window as UTC instants (ms). */
export function eventWindow(event: Pick<PledgeEvent, 'startsAt' | 'endsAt' | 'zone'>): { start: number; end: number } {
	return { start: localToInstant(event.startsAt, event.zone), end: localToInstant(event.endsAt, event.zone) };
}

const LINK_VERSION = 1;
const RULE_ORDER = ['code', 'name', 'questionCount', 'passPercent', 'startsAt', 'endsAt', 'zone', 'secret', 'quizVersions'] as const;

function encodeJson(value: unknown): string {
	return toBase64Url(new TextEncoder().encode(JSON.stringify(value)));
}

function decodeJson(text: string): unknown {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
}

/** The participants' link: the quiz page with the rules in the fragment, `#acara=<base64url>`. */
export function writeEventLink(quizPageUrl: string, event: EventRules): string {
	return `${quizPageUrl}#acara=${encodeJson([LINK_VERSION, ...RULE_ORDER.map((key) => event[key])])}`;
}

/** Check that a value is a well-formed set of rules, as a link or an imported file may carry anything. */
export function readEventRules(value: unknown): EventRules | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const rules = value as Record<string, unknown>;
	const isText = (key: string, pattern: RegExp) => typeof rules[key] === 'string' && pattern.test(rules[key] as string);
	const isWhole = (key: string, range: { min: number; max: number }) =>
		Number.isInteger(rules[key]) && (rules[key] as number) >= range.min && (rules[key] as number) <= range.max;
	const ok =
		isText('code', /^[A-Z0-9](?:[A-Z0-9-]{1,38}[A-Z0-9])$/) &&
		typeof rules.name === 'string' &&
		rules.name.length <= EVENT_NAME_LIMIT &&
		isWhole('questionCount', QUESTION_COUNT_RANGE) &&
		isWhole('passPercent', PASS_MARK_RANGE) &&
		isText('startsAt', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/) &&
		isText('endsAt', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/) &&
		isTimeZone(rules.zone) &&
		isText('secret', /^[A-Za-z0-9_-]{16,64}$/) &&
		Array.isArray(rules.quizVersions) &&
		rules.quizVersions.length > 0 &&
		rules.quizVersions.every((version) => typeof version === 'string' && /^[0-9A-Z]{4,16}$/.test(version));
	if (!ok) return undefined;
	const window = eventWindow(rules as unknown as EventRules);
	if (Number.isNaN(window.start) || Number.isNaN(window.end) || window.end <= window.start) return undefined;
	return Object.fromEntries(RULE_ORDER.map((key) => [key, rules[key]])) as unknown as EventRules;
}

export type EventLinkResult = { rules: EventRules; error?: undefined } | { rules?: undefined; error: string } | { rules?: undefined; error?: undefined };

/** Read the rules from a link's fragment ("#acara=..."); nothing when the link has none. */
export function readEventLink(hash: string): EventLinkResult {
	const encoded = new URLSearchParams(hash.replace(/^#/, '')).get('acara');
	if (encoded === null) return {};
	let values: unknown;
	try {
		values = decodeJson(encoded);
	} catch {
		return { error: 'Tautan acara rusak atau terpotong. Buka lagi tautan lengkap dari penyelenggara, atau pindai kode QR-nya.' };
	}
	if (!Array.isArray(values) || values[0] !== LINK_VERSION || values.length !== RULE_ORDER.length + 1) {
		return { error: 'Tautan acara ini dibuat dengan versi situs yang lain atau tidak lengkap. Minta tautan baru kepada penyelenggara.' };
	}
	const rules = readEventRules(Object.fromEntries(RULE_ORDER.map((key, index) => [key, values[index + 1]])));
	return rules ? { rules } : { error: 'Isi tautan acara tidak valid (jumlah soal, batas lulus, atau waktu di luar batas). Minta tautan baru kepada penyelenggara.' };
}
