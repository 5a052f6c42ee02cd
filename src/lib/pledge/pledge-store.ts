/**
 * The participant's pledge attempts and receipts, kept on the participant's device only, so a
 * reload, the Back button, a new version of the site, a closed tab or going offline never loses
 * a question answered or a receipt made.
 *
 * Key: `netralitas:ikrar:v1`. Value, JSON:
 *   { "version": 1,
 *     "attempts": { "APEL-NETRALITAS-KAB-CONTOH": {
 *         "questionIds": ["medsos-like-postingan-calon", …], "quizVersion": "7K2M9QXA",
 *         "attempt": { …Attempt of src/lib/quiz/attempt.ts }, "startedAt": "2026-12-01T08:00:00.000Z" } },
 *     "receipts": [ [ "Siti Aminah", "198001012005012001", …RECEIPT_FIELD_ORDER ] ] }
 * The attempt key is the event code, or "-" for practice without an event.
 * Lifecycle: an attempt is written after every answer and removed when a receipt is made for it or
 * the participant retries (a fresh draw replaces it); receipts are kept, newest first, until the
 * participant removes one in "Tanda selesai saya". When content changes, the attempt keeps the
 * questions that still exist (reconcileAttempt) and the receipt keeps the quiz version it was made
 * with. Invalid data is dropped on read.
 */
import { readAttempt, type Attempt } from '~/lib/quiz/attempt';
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { receiptFromValues, receiptValues, type Receipt } from './receipt';
import { isSameReceipt } from './roster-store';

export const PLEDGE_KEY = 'netralitas:ikrar:v1';
export const PRACTICE_KEY = '-';
export const RECEIPT_LIMIT = 50;

export interface PledgeAttempt {
	questionIds: string[];
	quizVersion: string;
	attempt: Attempt;
	startedAt: string;
}

export interface PledgeFile {
	attempts: Record<string, PledgeAttempt>;
	receipts: Receipt[];
}

function readFile(value: unknown): PledgeFile | undefined {
	if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return undefined;
	const { attempts, receipts } = value as { attempts?: unknown; receipts?: unknown };
	const out: PledgeFile = { attempts: {}, receipts: [] };
	for (const [key, entry] of Object.entries(typeof attempts === 'object' && attempts !== null ? attempts : {})) {
		const { questionIds, quizVersion, attempt, startedAt } = (entry ?? {}) as Record<string, unknown>;
		const saved = readAttempt(attempt);
		if (saved && Array.isArray(questionIds) && questionIds.every((id) => typeof id === 'string') && typeof quizVersion === 'string' && typeof startedAt === 'string') {
			out.attempts[key] = { questionIds: questionIds as string[], quizVersion, attempt: saved, startedAt };
		}
	}
	out.receipts = (Array.isArray(receipts) ? receipts : []).flatMap((item) => {
		const receipt = Array.isArray(item) ? receiptFromValues(item) : undefined;
		return receipt ? [receipt] : [];
	});
	return out;
}

/** Read the participant's file; anything unreadable yields an empty one. */
export function loadPledgeFile(storage: StorageLike | undefined): PledgeFile {
	return readStored(storage, PLEDGE_KEY, readFile) ?? { attempts: {}, receipts: [] };
}

/** Save the participant's file; false when the device refused (the page goes on in memory). */
export function savePledgeFile(storage: StorageLike | undefined, file: PledgeFile): boolean {
	return writeStored(storage, PLEDGE_KEY, { version: 1, attempts: file.attempts, receipts: file.receipts.map(receiptValues) });
}

/** Keep or replace the attempt for an event (undefined removes it). */
export function putAttempt(file: PledgeFile, key: string, attempt: PledgeAttempt | undefined): PledgeFile {
	const attempts = { ...file.attempts };
	if (attempt) attempts[key] = attempt;
	else delete attempts[key];
	return { ...file, attempts };
}

/** Add a receipt first in the list (once), ending its event's attempt. */
export function addReceipt(file: PledgeFile, key: string, receipt: Receipt): PledgeFile {
	const receipts = [receipt, ...file.receipts.filter((held) => !isSameReceipt(held, receipt))].slice(0, RECEIPT_LIMIT);
	return putAttempt({ ...file, receipts }, key, undefined);
}

/** Remove one receipt from the device. */
export function removeReceipt(file: PledgeFile, receipt: Receipt): PledgeFile {
	return { ...file, receipts: file.receipts.filter((held) => !isSameReceipt(held, receipt)) };
}

/** The newest receipt this device holds for an event. */
export function findReceiptFor(file: PledgeFile, eventCode: string): Receipt | undefined {
	return file.receipts.find((receipt) => receipt.eventCode === eventCode);
}
