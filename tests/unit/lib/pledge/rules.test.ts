import { describe, expect, test } from 'vitest';
import { issueReceipt, type Receipt } from '~/lib/pledge/receipt';
import { judgeReceipt, REFUSAL_REASONS, type RefusalReason } from '~/lib/pledge/rules';
import { EVENT, FIELDS, NOW, receiptFor } from './fixtures';

const reasonsOf = async (receipt: Receipt, now = NOW) => (await judgeReceipt(receipt, EVENT, now)).refusals.map((refusal) => refusal.reason);

describe('judgeReceipt', () => {
	test('accepts a receipt made from the event link that meets the event rules', async () => {
		expect(await judgeReceipt(await receiptFor(), EVENT, NOW)).toEqual({ isValid: true, refusals: [] });
	});

	const cases: [string, () => Promise<Receipt>, RefusalReason][] = [
		['a receipt for another event', () => receiptFor({ eventCode: 'IKRAR-LAIN' }), 'other-event'],
		['a receipt made without the link (another key)', () => receiptFor({}, 'dGViYWthbi1rdW5jaS1sYWlu'), 'bad-code'],
		['a tampered score (code not recomputed)', async () => ({ ...(await receiptFor({ correct: 8 })), correct: 10 }), 'bad-code'],
		['a different question count (link edited to 1 question)', () => receiptFor({ total: 1, correct: 1 }), 'question-count'],
		['a lowered pass mark (50% in the link)', () => receiptFor({ passPercent: 50, correct: 5 }), 'pass-mark'],
		['a 0% pass mark', () => receiptFor({ passPercent: 0, correct: 0 }), 'pass-mark'],
		['another quiz version', () => receiptFor({ quizVersion: 'ZZZZZZZZ' }), 'quiz-version'],
		['an unreadable time', () => receiptFor({ issuedAt: 'kemarin' }), 'bad-time'],
		['a time before the window', () => receiptFor({ issuedAt: '2026-12-01T00:29Z' }), 'before-window'],
		['a time after the window', async () => receiptFor({ issuedAt: '2026-12-01T09:01Z' }), 'after-window'],
		['a time in 2099', () => receiptFor({ issuedAt: '2099-12-01T08:06Z' }), 'in-future'],
		['NaN as the score', () => receiptFor({ correct: Number.NaN, total: Number.NaN }), 'impossible-score'],
		['more right than asked', () => receiptFor({ correct: 11 }), 'impossible-score'],
		['a score below the event pass mark', () => receiptFor({ correct: 7 }), 'below-pass-mark'],
		['a NIP that is not 18 digits', () => receiptFor({ nip: '12345' }), 'bad-nip'],
	];

	test.each(cases)('refuses %s, naming the reason', async (_, make, reason) => {
		const now = reason === 'after-window' ? Date.parse('2026-12-01T10:00:00Z') : NOW;
		const judgement = await judgeReceipt(await make(), EVENT, now);
		expect(judgement.isValid).toBe(false);
		expect(judgement.refusals.map((refusal) => refusal.reason)).toContain(reason);
		expect(judgement.refusals.every((refusal) => refusal.message.length > 10)).toBe(true);
	});

	test('covers every refusal reason with a case of its own', () => {
		expect(new Set(cases.map(([, , reason]) => reason))).toEqual(new Set(REFUSAL_REASONS));
	});

	test('judges the score against the event pass mark, not the one written in the receipt', async () => {
		// The old checker called 5/10 at 50% SAH: the event asks 80%.
		expect(await reasonsOf(await receiptFor({ passPercent: 50, correct: 5 }))).toEqual(['pass-mark', 'below-pass-mark']);
	});

	test('accepts a receipt at exactly the pass mark and a code typed in lower case', async () => {
		const receipt = await issueReceipt({ ...FIELDS, correct: 8 }, EVENT.secret);
		expect(await reasonsOf({ ...receipt, code: receipt.code.toLowerCase() })).toEqual([]);
	});
});
