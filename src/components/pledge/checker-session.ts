/**
 * The organiser's checking, as functions the checker island calls: read a paste (or a scan, or a
 * typed receipt), judge every receipt against the event, and count what was found, refused and
 * duplicate. Rules are src/lib/pledge/rules.ts; the roster is src/lib/pledge/roster.ts.
 */
import type { EventRules } from '~/lib/pledge/event';
import { findReceipts, type DecodeResult } from '~/lib/pledge/receipt-codec';
import { normaliseNip } from '~/lib/pledge/receipt';
import { addChecks, type StoredCheck } from '~/lib/pledge/roster-store';
import type { CheckedReceipt } from '~/lib/pledge/roster';
import { judgeReceipt } from '~/lib/pledge/rules';

export interface CheckOutcome {
	/** Receipts read from the input. */
	found: number;
	valid: number;
	refused: number;
	/** Receipts for a NIP that already had one (held before or earlier in the same paste). */
	duplicate: number;
	/** Parts that looked like a receipt but could not be read, by line. */
	unreadable: { line: number; error: string }[];
	/** Every receipt read, judged, in the order found. */
	checked: CheckedReceipt[];
}

/** Judge every stored receipt against the event. */
export function judgeAll(held: readonly StoredCheck[], event: EventRules, now: number): Promise<CheckedReceipt[]> {
	return Promise.all(held.map(async ({ receipt, checkedAt }) => ({ receipt, checkedAt, judgement: await judgeReceipt(receipt, event, now) })));
}

/**
 * Check decoded inputs against the event and add the readable ones to what is held. What is held
 * comes already judged and only the incoming receipts are judged here, once each: judging the
 * whole list again after a paste doubled the work of every paste.
 */
export async function checkDecoded(results: readonly { result: DecodeResult; line: number }[], held: readonly CheckedReceipt[], event: EventRules, now: number): Promise<{ outcome: CheckOutcome; held: CheckedReceipt[] }> {
	const checkedAt = new Date(now).toISOString();
	const unreadable = results.flatMap(({ result, line }) => (result.error ? [{ line, error: result.error }] : []));
	const checked = await judgeAll(
		results.flatMap(({ result }) => (result.receipt ? [{ receipt: result.receipt, checkedAt }] : [])),
		event,
		now,
	);
	const seen = new Set(held.map((entry) => normaliseNip(entry.receipt.nip)));
	let duplicate = 0;
	for (const entry of checked) {
		const nip = normaliseNip(entry.receipt.nip);
		if (seen.has(nip)) duplicate++;
		seen.add(nip);
	}
	const valid = checked.filter((entry) => entry.judgement.isValid).length;
	return {
		outcome: { found: checked.length, valid, refused: checked.length - valid, duplicate, unreadable, checked },
		held: addChecks(held, checked).receipts,
	};
}

/** Check everything in a paste: receipt texts, QR links, a WhatsApp export. */
export function checkPaste(text: string, held: readonly CheckedReceipt[], event: EventRules, now: number) {
	return checkDecoded(findReceipts(text), held, event, now);
}
