import type { PledgeEvent } from '~/lib/pledge/event';
import { issueReceipt, type ReceiptFields } from '~/lib/pledge/receipt';
import { formatZoned, toIsoMinute } from '~/lib/pledge/time-zone';

const HOUR = 3_600_000;
const wib = (hours: number) => formatZoned(Date.now() + hours * HOUR, 'WIB').slice(0, 16).replace(' ', 'T');

/** An event running now, 10 questions at 80%, with three expected participants in two units. */
export function makeEvent(change: Partial<PledgeEvent> = {}): PledgeEvent {
	return {
		code: 'APEL-UJI',
		name: 'Apel Uji',
		questionCount: 10,
		passPercent: 80,
		startsAt: wib(-2),
		endsAt: wib(4),
		zone: 'WIB',
		secret: 'a3VuY2ktdWppLWtvbXBvbmVu',
		quizVersions: ['VERSI001'],
		expected: [
			{ nip: '198001012005012001', name: 'Siti Aminah', unit: 'Dinas A' },
			{ nip: '198001012005011002', name: 'Budi', unit: 'Dinas A' },
			{ nip: '198001012005012003', name: 'Ani', unit: 'Dinas B' },
		],
		createdAt: '2026-11-30T00:00:00.000Z',
		...change,
	};
}

/** A receipt for the event, made with its key a few minutes ago. */
export function makeReceipt(event: PledgeEvent, change: Partial<ReceiptFields> = {}) {
	return issueReceipt(
		{ name: 'Siti Aminah', nip: '198001012005012001', unit: 'Dinas A', eventCode: event.code, correct: 9, total: 10, passPercent: 80, issuedAt: toIsoMinute(Date.now() - 5 * 60_000), zone: 'WIB', quizVersion: 'VERSI001', ...change },
		event.secret,
	);
}
