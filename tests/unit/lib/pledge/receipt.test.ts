import { describe, expect, test } from 'vitest';
import { checkParticipant, computeReceiptCode, hasValidCode, issueReceipt, shortHash } from '~/lib/pledge/receipt';
import { decodeReceipt, encodeReceiptLink, encodeReceiptText, findReceipts, readTypedReceipt, receiptRows } from '~/lib/pledge/receipt-codec';
import { EVENT, FIELDS, receiptFor } from './fixtures';

const CHECK = 'https://situs.example/ikrar/periksa/';

describe('issueReceipt', () => {
	test('normalises name and NIP and attaches a keyed code of the form ABCDE-FGHJK', async () => {
		const receipt = await issueReceipt({ ...FIELDS, name: '  Siti   Aminah ', nip: '1980 0101 200501 2 001' }, EVENT.secret);
		expect(receipt).toMatchObject({ name: 'Siti Aminah', nip: '198001012005012001' });
		expect(receipt.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
	});

	test('gives another code under another secret, so nobody without the link can make one', async () => {
		expect(await computeReceiptCode(FIELDS, EVENT.secret)).not.toBe(await computeReceiptCode(FIELDS, 'b3RoZXItc2VjcmV0LWtleQ'));
	});

	test.each([
		['name', { name: 'Siti Aminnah' }],
		['nip', { nip: '198001012005012002' }],
		['unit', { unit: 'Dinas Kesehatan' }],
		['event code', { eventCode: 'IKRAR-LAIN' }],
		['score', { correct: 10 }],
		['question count', { total: 20 }],
		['pass mark', { passPercent: 50 }],
		['time', { issuedAt: '2026-12-01T08:07Z' }],
		['zone', { zone: 'WITA' as const }],
		['quiz version', { quizVersion: '7K2M9QXB' }],
	])('changes when the %s changes', async (_, change) => {
		expect(await computeReceiptCode({ ...FIELDS, ...change }, EVENT.secret)).not.toBe(await computeReceiptCode(FIELDS, EVENT.secret));
	});

	test('checks a code however it was typed: case, spaces, hyphens, I/L for 1, O for 0', async () => {
		const receipt = await receiptFor();
		const typed = receipt.code.toLowerCase().replace('-', ' ').replace(/1/g, 'l').replace(/0/g, 'o');
		expect(await hasValidCode({ ...receipt, code: typed }, EVENT.secret)).toBe(true);
		expect(await hasValidCode({ ...receipt, code: receipt.code.replace(/.$/, (last) => (last === 'Z' ? 'Y' : 'Z')) }, EVENT.secret)).toBe(false);
	});

	test('keeps the quiz version hash stable', () => {
		expect(shortHash('abc')).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
		expect(shortHash('abc')).toBe(shortHash('abc'));
	});
});

describe('checkParticipant', () => {
	test('names each field that needs fixing', () => {
		expect(checkParticipant({ name: '', nip: '123', unit: '' }).map((problem) => problem.field)).toEqual(['name', 'nip', 'unit']);
	});
});

describe('receipt text and link', () => {
	test('prints the time in the event zone and reads every printed row back to the same receipt', async () => {
		const receipt = await receiptFor();
		const rows = Object.fromEntries(receiptRows(receipt));
		expect(rows.issuedAt).toBe('2026-12-01 15:06 WIB');
		expect(rows.score).toBe('9 dari 10 benar (batas lulus 80%)');
		expect(readTypedReceipt(rows)).toEqual({ receipt });
		expect(decodeReceipt(encodeReceiptText(receipt, CHECK, 'catatan'))).toEqual({ receipt });
		expect(decodeReceipt(encodeReceiptLink(receipt, CHECK))).toEqual({ receipt });
	});

	test('reads a time typed in UTC or ISO form as the same receipt', async () => {
		const receipt = await receiptFor();
		const rows = Object.fromEntries(receiptRows(receipt));
		for (const issuedAt of ['2026-12-01 08:06 UTC', '2026-12-01T08:06Z']) {
			expect(readTypedReceipt({ ...rows, issuedAt }).receipt?.issuedAt).toBe(receipt.issuedAt);
		}
	});

	test('explains a score or time typed in a form it cannot read', async () => {
		const rows = Object.fromEntries(receiptRows(await receiptFor()));
		expect(readTypedReceipt({ ...rows, score: 'NaN/NaN' }).error).toMatch(/Nilai "NaN\/NaN" tidak terbaca/);
		expect(readTypedReceipt({ ...rows, issuedAt: '1 Desember' }).error).toMatch(/Waktu/);
		expect(readTypedReceipt({ ...rows, code: '' }).error).toMatch(/Kode verifikasi/);
	});

	test('shows typed markup as text, never as markup', async () => {
		const receipt = await receiptFor({ name: '<img src=x onerror=alert(1)>' });
		expect(decodeReceipt(encodeReceiptLink(receipt, CHECK)).receipt?.name).toBe('<img src=x onerror=alert(1)>');
	});
});

describe('findReceipts', () => {
	test('finds every receipt in a paste of several texts and bare links, counting a text and its own link once', async () => {
		const a = await receiptFor();
		const b = await receiptFor({ name: 'Budi', nip: '198001012005011002' });
		const c = await receiptFor({ name: 'Ani', nip: '198001012005012003' });
		const paste = [encodeReceiptText(a, CHECK, 'x'), '', encodeReceiptText(b, CHECK, 'x'), 'terima kasih', encodeReceiptLink(c, CHECK)].join('\n');
		expect(findReceipts(paste).map((found) => found.result.receipt?.name)).toEqual(['Siti Aminah', 'Budi', 'Ani']);
	});

	test('reads receipts out of a WhatsApp chat export among other messages', async () => {
		const a = await receiptFor();
		const b = await receiptFor({ name: 'Budi', nip: '198001012005011002' });
		const [first, ...rest] = encodeReceiptText(a, CHECK, 'x').split('\n');
		const android = [`01/12/26 08.10 - Panitia: Selamat pagi, kirim tanda selesai di sini`, `01/12/26 08.12 - Siti: ${first}`, ...rest, `01/12/26 08.13 - Panitia: 👍`].join('\n');
		const ios = `[01/12/26 08.14.02] Budi: ${encodeReceiptLink(b, CHECK)}`;
		expect(findReceipts(`${android}\n${ios}`).map((found) => found.result.receipt?.name)).toEqual(['Siti Aminah', 'Budi']);
	});

	test('reports a damaged receipt among good ones instead of dropping it', async () => {
		const a = await receiptFor();
		const found = findReceipts(`${encodeReceiptLink(a, CHECK)}\n${CHECK}#r=AAAAAAAAAAAA`);
		expect(found).toHaveLength(2);
		expect(found[1]?.result.error).toMatch(/rusak|tidak dikenali/);
	});
});
