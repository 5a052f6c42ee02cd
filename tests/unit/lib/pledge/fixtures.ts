import type { PledgeEvent } from '~/lib/pledge/event';
import { issueReceipt, type ReceiptFields } from '~/lib/pledge/receipt';

/** An event of 10 questions, pass mark 80%, on 1 December 2026 from 07:30 to 16:00 WIB. */
export const EVENT: PledgeEvent = {
	code: 'APEL-NETRALITAS-KAB-CONTOH',
	name: 'Apel Netralitas Kab. Contoh',
	questionCount: 10,
	passPercent: 80,
	startsAt: '2026-12-01T07:30',
	endsAt: '2026-12-01T16:00',
	zone: 'WIB',
	secret: 'c2VjcmV0LWtleS1vZi10aGUtZXZlbnQ',
	quizVersions: ['7K2M9QXA'],
	expected: [],
	createdAt: '2026-11-30T02:00:00.000Z',
};

/** 2026-12-01 15:06 WIB. */
export const FIELDS: ReceiptFields = {
	name: 'Siti Aminah',
	nip: '198001012005012001',
	unit: 'Dinas Pendidikan',
	eventCode: EVENT.code,
	correct: 9,
	total: 10,
	passPercent: 80,
	issuedAt: '2026-12-01T08:06Z',
	zone: 'WIB',
	quizVersion: '7K2M9QXA',
};

/** Noon on the event's day, UTC. */
export const NOW = Date.parse('2026-12-01T09:00:00Z');

/** Issue a receipt for EVENT with some fields changed before the code is computed. */
export function receiptFor(change: Partial<ReceiptFields> = {}, secret = EVENT.secret) {
	return issueReceipt({ ...FIELDS, ...change }, secret);
}
