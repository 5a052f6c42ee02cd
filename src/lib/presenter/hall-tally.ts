/**
 * The hall quiz's counts: how many people in the room chose each option of each question. The
 * presenter types them from a show of hands today; a card scanner can feed the same counts later
 * (`addCounts` merges a scan of one part of the hall into what is there). Pure functions over plain
 * data, plus a store that keeps them on the device so a reload loses nothing.
 *
 * Key: `netralitas:kuis-kelas:v1` (this module is its only owner), through src/lib/storage/browser-storage.ts.
 * Shape, one entry per question bank, counts by question id and then by option VALUE (never by
 * letter or position, so reordering options keeps the counts with the right answer):
 *
 *     { "banks": { "media-sosial": { "updatedAt": "2026-12-01T02:15:00.000Z",
 *         "counts": { "medsos-like-postingan-calon": { "boleh": 3, "tidak-boleh": 9 } } } } }
 *
 * An option left empty has no entry (empty is not zero: the presenter has not counted it).
 * Lifecycle: written on every change; a bank's entry is removed by "Hapus semua hitungan" on the
 * summary slide. When a bank changes, counts of removed questions or options are dropped on read
 * and counts of the rest stay. A malformed value resets the key.
 */
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';

export const HALL_TALLY_KEY = 'netralitas:kuis-kelas:v1';

/** Counts by question id, then by option value. */
export type HallCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What the tally needs to know of a question: its id and its options' values. */
export interface TallyQuestion {
	id: string;
	options: readonly { value: string }[];
}

interface StoredBank {
	updatedAt: string;
	counts: Record<string, Record<string, number>>;
}

interface StoredTally {
	banks: Record<string, StoredBank>;
}

/** The largest count a hall can give one option: far above any hall, small enough to be a typo guard. */
export const MAX_HALL_COUNT = 100_000;

function isCount(value: unknown): value is number {
	return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_HALL_COUNT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accept the documented shape; any malformed part makes the whole value invalid, so the key resets. */
export function parseStoredTally(value: unknown): StoredTally | undefined {
	if (!isRecord(value) || !isRecord(value.banks)) return undefined;
	const banks: Record<string, StoredBank> = {};
	for (const [bankId, bank] of Object.entries(value.banks)) {
		if (!isRecord(bank) || typeof bank.updatedAt !== 'string' || !isRecord(bank.counts)) return undefined;
		const counts: Record<string, Record<string, number>> = {};
		for (const [questionId, options] of Object.entries(bank.counts)) {
			if (!isRecord(options) || !Object.values(options).every(isCount)) return undefined;
			counts[questionId] = options as Record<string, number>;
		}
		banks[bankId] = { updatedAt: bank.updatedAt, counts };
	}
	return { banks };
}

/** Keep only counts for today's questions and options; everything else was removed from the bank. */
export function reconcileCounts(counts: HallCounts, questions: readonly TallyQuestion[]): HallCounts {
	const result: Record<string, Record<string, number>> = {};
	for (const question of questions) {
		const stored = counts[question.id];
		if (!stored) continue;
		const kept = Object.fromEntries(question.options.filter((option) => isCount(stored[option.value])).map((option) => [option.value, stored[option.value] as number]));
		if (Object.keys(kept).length > 0) result[question.id] = kept;
	}
	return result;
}

/** Set one option's count, or clear it with undefined (an emptied field). */
export function setCount(counts: HallCounts, questionId: string, optionValue: string, count: number | undefined): HallCounts {
	const options: Record<string, number> = { ...(counts[questionId] ?? {}) };
	if (count === undefined) delete options[optionValue];
	else if (isCount(count)) options[optionValue] = count;
	const result: Record<string, Readonly<Record<string, number>>> = { ...counts, [questionId]: options };
	if (Object.keys(options).length === 0) delete result[questionId];
	return result;
}

/** Add a scan's counts for one question to those already there (left half of the hall, then the right). */
export function addCounts(counts: HallCounts, questionId: string, additions: Readonly<Record<string, number>>): HallCounts {
	let result = counts;
	for (const [value, added] of Object.entries(additions)) {
		if (!isCount(added)) continue;
		result = setCount(result, questionId, value, Math.min(MAX_HALL_COUNT, (result[questionId]?.[value] ?? 0) + added));
	}
	return result;
}

/** One question's counts in the order of its options: undefined where nothing was counted. */
export function countsInOrder(counts: HallCounts, question: TallyQuestion): (number | undefined)[] {
	return question.options.map((option) => counts[question.id]?.[option.value]);
}

export interface HallTallyStore {
	/** The bank's counts, reconciled with today's questions; empty when nothing was stored. */
	read(): HallCounts;
	/** Store the bank's counts; false when the device refused (the page keeps them in memory). */
	write(counts: HallCounts): boolean;
	/** Forget the bank's counts; other banks' counts stay. */
	clear(): boolean;
}

/** The store of one bank's counts; time is injected for the updatedAt stamp. */
export function createHallTallyStore(
	storage: StorageLike | undefined,
	bankId: string,
	questions: readonly TallyQuestion[],
	now: () => Date = () => new Date(),
): HallTallyStore {
	const readAll = () => readStored(storage, HALL_TALLY_KEY, parseStoredTally) ?? { banks: {} };
	return {
		read() {
			return reconcileCounts(readAll().banks[bankId]?.counts ?? {}, questions);
		},
		write(counts) {
			const all = readAll();
			const banks = { ...all.banks, [bankId]: { updatedAt: now().toISOString(), counts: reconcileCounts(counts, questions) as StoredBank['counts'] } };
			return writeStored(storage, HALL_TALLY_KEY, { banks });
		},
		clear() {
			const all = readAll();
			const { [bankId]: _removed, ...banks } = all.banks;
			return writeStored(storage, HALL_TALLY_KEY, { banks });
		},
	};
}
