/**
 * Quiz progress in browser storage: one owner, one key.
 *
 * Key: `netralitas:kuis:v1`. Value, JSON:
 *   {
 *     "version": 1,
 *     "banks": {
 *       "media-sosial": {
 *         "attempt": { "order": ["medsos-like-postingan-calon", ...], "optionOrder": { "<id>": ["..."] },
 *                      "position": 3, "selections": { "<id>": ["tidak-boleh"] },
 *                      "results": { "<id>": true }, "phase": "answering" },
 *         "last": { "correct": 7, "total": 10, "isPassed": false, "finishedAt": "2026-11-22T10:00:00.000Z" },
 *         "best": { "correct": 9, "total": 10, "isPassed": true, "finishedAt": "2026-11-22T10:20:00.000Z" },
 *         "attempts": 2
 *       }
 *     }
 *   }
 *
 * Lifecycle: written after every answer and at every finish; an attempt in progress is resumed on
 * the next visit; "Ulangi kuis" starts a new attempt but keeps last, best and the attempt count.
 * When content changes, reconcileAttempt drops questions and options that no longer exist and
 * appends new ones, so saved progress never points at something that is gone.
 * Robustness: storage may be missing (private mode), throw on access, be full, or hold anything
 * (old versions, hand edits). Every read validates; anything invalid is dropped and the key reset.
 * Every write is wrapped: when it fails the quiz goes on in memory and reports it.
 */

import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { isAnswerCorrect } from './scoring';

export const PROGRESS_KEY = 'netralitas:kuis:v1';

export interface SavedAttempt {
	order: string[];
	optionOrder: Record<string, string[]>;
	position: number;
	selections: Record<string, string[]>;
	results: Record<string, boolean>;
	phase: 'answering' | 'results';
}

export interface AttemptSummary {
	correct: number;
	total: number;
	isPassed: boolean;
	finishedAt: string;
}

export interface BankProgress {
	attempt: SavedAttempt | null;
	last: AttemptSummary | null;
	best: AttemptSummary | null;
	attempts: number;
}

interface ProgressFile {
	version: 1;
	banks: Record<string, BankProgress>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Check a stored attempt's shape; null when it is not one. */
export function readAttempt(value: unknown): SavedAttempt | null {
	if (!isRecord(value)) return null;
	const { order, optionOrder, position, selections, results, phase } = value;
	if (!isStringArray(order) || !isCount(position) || (phase !== 'answering' && phase !== 'results')) return null;
	if (!isRecord(optionOrder) || !Object.values(optionOrder).every(isStringArray)) return null;
	if (!isRecord(selections) || !Object.values(selections).every(isStringArray)) return null;
	if (!isRecord(results) || !Object.values(results).every((result) => typeof result === 'boolean')) return null;
	return {
		order,
		optionOrder: optionOrder as Record<string, string[]>,
		position,
		selections: selections as Record<string, string[]>,
		results: results as Record<string, boolean>,
		phase,
	};
}

function readSummary(value: unknown): AttemptSummary | null {
	if (!isRecord(value)) return null;
	const { correct, total, isPassed, finishedAt } = value;
	if (!isCount(correct) || !isCount(total) || correct > total || typeof isPassed !== 'boolean' || typeof finishedAt !== 'string') return null;
	return { correct, total, isPassed, finishedAt };
}

/** Validate stored JSON; anything that is not a version 1 progress file yields undefined. */
export function readProgressFile(value: unknown): ProgressFile | undefined {
	if (!isRecord(value) || value.version !== 1 || !isRecord(value.banks)) return undefined;
	const banks: Record<string, BankProgress> = {};
	for (const [bankId, bank] of Object.entries(value.banks)) {
		if (!isRecord(bank)) continue;
		banks[bankId] = {
			attempt: readAttempt(bank.attempt),
			last: readSummary(bank.last),
			best: readSummary(bank.best),
			attempts: isCount(bank.attempts) ? bank.attempts : 0,
		};
	}
	return { version: 1, banks };
}

export interface ProgressStore {
	/** Saved progress of one bank, or an empty record. */
	load(bankId: string): BankProgress;
	/** Every bank with saved progress. */
	loadAll(): Record<string, BankProgress>;
	/** Save one bank's progress; false when storage refused it (the caller keeps going in memory). */
	save(bankId: string, progress: BankProgress): boolean;
}

export const EMPTY_PROGRESS: BankProgress = { attempt: null, last: null, best: null, attempts: 0 };

/** Create the store over browser storage; `storage` may be undefined where there is none. */
export function createProgressStore(storage: StorageLike | undefined): ProgressStore {
	// A corrupted or unknown-version file is reset by readStored rather than tripped over on every visit.
	const read = (): ProgressFile => readStored(storage, PROGRESS_KEY, readProgressFile) ?? { version: 1, banks: {} };

	return {
		load: (bankId) => read().banks[bankId] ?? EMPTY_PROGRESS,
		loadAll: () => read().banks,
		save: (bankId, progress) => {
			const file = read();
			file.banks[bankId] = progress;
			return writeStored(storage, PROGRESS_KEY, file);
		},
	};
}

/** What reconciliation needs of a current question: its id, type, option values and answer key. */
export interface CurrentQuestion {
	id: string;
	type: string;
	options: readonly string[];
	correct: readonly string[];
}

/**
 * Fit a saved attempt to the current bank: questions and options that are gone are dropped, new
 * ones are appended (`shuffleNew` orders them), and an attempt left with nothing resumes fresh.
 */
export function reconcileAttempt(
	saved: SavedAttempt,
	questions: readonly CurrentQuestion[],
	shuffleNew: <T>(items: readonly T[]) => T[],
): SavedAttempt | null {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const kept = [...new Set(saved.order)].filter((id) => byId.has(id));
	const added = shuffleNew(questions.map((question) => question.id).filter((id) => !kept.includes(id)));
	const order = [...kept, ...added];
	if (kept.length === 0) return null;

	const optionOrder: Record<string, string[]> = {};
	const selections: Record<string, string[]> = {};
	const results: Record<string, boolean> = {};
	for (const id of order) {
		const question = byId.get(id)!;
		const stored = (saved.optionOrder[id] ?? []).filter((value) => question.options.includes(value));
		const fresh = question.options.filter((value) => !stored.includes(value));
		optionOrder[id] = [...stored, ...(question.type === 'verdict' ? fresh : shuffleNew(fresh))];
		const selected = (saved.selections[id] ?? []).filter((value) => question.options.includes(value));
		if (selected.length > 0) selections[id] = selected;
		// Re-judge checked answers against today's key, so a corrected key never leaves a stale
		// verdict; an answer that lost an option it chose is reopened.
		if (id in saved.results && selected.length > 0 && selected.length === (saved.selections[id] ?? []).length) {
			results[id] = isAnswerCorrect(question, selected);
		}
	}

	const firstOpen = Math.max(0, order.findIndex((id) => !(id in results)));
	const isComplete = order.every((id) => id in results);
	const phase = saved.phase === 'results' && isComplete ? 'results' : 'answering';
	// Resume on the question that was on screen; if it is gone, or the finished attempt grew new
	// questions, on the first one still open.
	const shownId = saved.order[saved.position];
	const position =
		phase === 'results' ? order.length - 1 : saved.phase === 'answering' && shownId && byId.has(shownId) ? order.indexOf(shownId) : firstOpen;
	return { order, optionOrder, position, selections, results, phase };
}

/** Record a finished attempt: it becomes the last one, and the best one if it scored higher. */
export function recordFinish(progress: BankProgress, summary: AttemptSummary): BankProgress {
	const ratio = (result: AttemptSummary) => (result.total === 0 ? 0 : result.correct / result.total);
	const isBetter = !progress.best || ratio(summary) >= ratio(progress.best);
	return { ...progress, last: summary, best: isBetter ? summary : progress.best, attempts: progress.attempts + 1 };
}
