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
 * When content changes, reconcileAttempt (./attempt.ts) drops questions and options that no longer
 * exist and appends new ones, so saved progress never points at something that is gone; the stored
 * shape itself is unchanged since v1, so no migration exists yet (a change of shape bumps the key).
 * Robustness: storage may be missing (private mode), throw on access, be full, or hold anything
 * (old versions, hand edits). Every read validates; anything invalid is dropped and the key reset.
 * Every write is wrapped: when it fails the quiz goes on in memory and reports it.
 */

import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { readAttempt, type Attempt } from './attempt';

export const PROGRESS_KEY = 'netralitas:kuis:v1';

export interface AttemptSummary {
	correct: number;
	total: number;
	isPassed: boolean;
	finishedAt: string;
}

export interface BankProgress {
	attempt: Attempt | null;
	last: AttemptSummary | null;
	best: AttemptSummary | null;
	attempts: number;
}

interface ProgressFile {
	version: 1;
	banks: Record<string, BankProgress>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

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

/** Record a finished attempt: it becomes the last one, and the best one if it scored higher. */
export function recordFinish(progress: BankProgress, summary: AttemptSummary): BankProgress {
	const ratio = (result: AttemptSummary) => (result.total === 0 ? 0 : result.correct / result.total);
	const isBetter = !progress.best || ratio(summary) >= ratio(progress.best);
	return { ...progress, last: summary, best: isBetter ? summary : progress.best, attempts: progress.attempts + 1 };
}
