import { describe, expect, test } from 'vitest';
import { checkParticipant, computeReceiptCode, formatIssuedAt, issueReceipt, shortHash, type ReceiptFields } from '~/lib/pledge/receipt';
import { decodeReceipt, encodeReceiptLink, encodeReceiptText, verifyReceipt } from '~/lib/pledge/receipt-codec';

const fields: ReceiptFields = {
	name: '  Siti   Aminah ',
	nip: '1980 0101 200501 2 001',
	unit: 'Dinas Pendidikan Kabupaten Contoh',
	eventCode: 'IKRAR-CONTOH-2024',
	correct: 18,
	total: 20,
	passPercent: 80,
	issuedAt: '2026-11-22T09:30Z',
	quizVersion: 'ABCD1234',
};
const receipt = issueReceipt(fields);
const CHECK = 'https://situs.example/ikrar/periksa/';

describe('issueReceipt', () => {
	test('normalises the name and NIP and attaches a code of the form XXXX-XXXX', () => {
		expect(receipt).toMatchObject({ name: 'Siti Aminah', nip: '198001012005012001' });
		expect(receipt.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
	});

	test('gives the same code however the same fields were typed', () => {
		expect(issueReceipt({ ...fields, name: 'Siti Aminah', nip: '198001012005012001' }).code).toBe(receipt.code);
	});
});

describe('computeReceiptCode', () => {
	test.each([
		['name', { name: 'Siti Aminnah' }],
		['nip', { nip: '198001012005012002' }],
		['unit', { unit: 'Dinas Kesehatan Kabupaten Contoh' }],
		['event code', { eventCode: 'IKRAR-LAIN-2024' }],
		['score', { correct: 19 }],
		['pass mark', { passPercent: 70 }],
		['time', { issuedAt: '2026-11-22T09:31Z' }],
		['quiz version', { quizVersion: 'ABCD1235' }],
	])('changes when the %s changes', (_, change) => {
		expect(computeReceiptCode({ ...receipt, ...change })).not.toBe(receipt.code);
	});
});

describe('shortHash', () => {
	test('is stable and spreads nearby inputs', () => {
		expect(shortHash('bank')).toBe(shortHash('bank'));
		const hashes = new Set(Array.from({ length: 1000 }, (_, index) => shortHash(`soal-${index}`)));
		expect(hashes.size).toBe(1000);
	});
});

describe('checkParticipant', () => {
	test('accepts a complete entry, spaces in the NIP included', () => {
		expect(checkParticipant({ name: 'Siti', nip: '1980 0101 200501 2 001', unit: 'Dinas' })).toEqual([]);
	});

	test('names each field that needs fixing', () => {
		expect(checkParticipant({ name: ' ', nip: '12345', unit: 'x'.repeat(151) })).toEqual([
			{ field: 'name', message: 'Isi nama lengkap Anda.' },
			{ field: 'nip', message: 'NIP harus 18 angka; yang Anda ketik berisi 5 angka.' },
			{ field: 'unit', message: expect.stringMatching(/paling banyak 150 karakter/) },
		]);
	});

	test('refuses an overlong name and a NIP with letters', () => {
		const problems = checkParticipant({ name: 'a'.repeat(101), nip: '19800101200501200X', unit: 'Dinas' });
		expect(problems.map((problem) => problem.field)).toEqual(['name', 'nip']);
		expect(problems[1]?.message).toMatch(/karakter selain angka/);
	});
});

describe('encoding and decoding', () => {
	test('round-trips through the text a participant shares', () => {
		expect(decodeReceipt(encodeReceiptText(receipt, CHECK, 'catatan'))).toEqual({ receipt });
	});

	test('round-trips through the QR link, with markup and emoji in the name', () => {
		const tricky = issueReceipt({ ...fields, name: '<b>Siti</b> "Ami" 🙂', eventCode: '' });
		expect(decodeReceipt(encodeReceiptLink(tricky, CHECK))).toEqual({ receipt: tricky });
	});

	test('reads the link fragment alone', () => {
		const fragment = encodeReceiptLink(receipt, CHECK).split('#')[1] ?? '';
		expect(decodeReceipt(fragment)).toEqual({ receipt });
	});

	test('explains what is missing from a cut-off text', () => {
		const text = encodeReceiptText(receipt, CHECK, 'x').split('\n').filter((line) => !line.startsWith('NIP')).join('\n');
		expect(decodeReceipt(text).error).toMatch(/baris NIP/);
	});

	test('refuses a damaged link and unrelated text', () => {
		expect(decodeReceipt(`${CHECK}#r=%%%`).error).toBeDefined();
		expect(decodeReceipt(`${CHECK}#r=bm90LWpzb24`).error).toMatch(/rusak/);
		expect(decodeReceipt('halo').error).toMatch(/tidak dikenali/);
	});
});

describe('verifyReceipt', () => {
	const known = ['ABCD1234'];

	test('accepts an untouched receipt', () => {
		expect(verifyReceipt(receipt, known)).toEqual({ isValid: true, problems: [], warnings: [] });
	});

	test('refuses a receipt whose score was edited in its text', () => {
		const edited = encodeReceiptText(receipt, CHECK, 'x').replace('Nilai: 18/20', 'Nilai: 20/20');
		const decoded = decodeReceipt(edited).receipt!;
		expect(verifyReceipt(decoded, known)).toMatchObject({ isValid: false, problems: [expect.stringMatching(/Kode verifikasi tidak cocok/)] });
	});

	test('refuses a mistyped code', () => {
		expect(verifyReceipt({ ...receipt, code: 'AAAA-AAAA' }, known).isValid).toBe(false);
	});

	test('refuses a recomputed receipt below the pass mark, with the reason', () => {
		const failing = issueReceipt({ ...fields, correct: 15 });
		expect(verifyReceipt(failing, known)).toMatchObject({ isValid: false, problems: ['Nilai 15/20 di bawah batas lulus 80%.'] });
	});

	test('warns about an unknown quiz version without refusing', () => {
		expect(verifyReceipt(receipt, ['ZZZZ0000'])).toMatchObject({ isValid: true, warnings: [expect.stringMatching(/Versi kuis tidak dikenal/)] });
	});
});

describe('formatIssuedAt', () => {
	test('keeps UTC to the minute', () => {
		expect(formatIssuedAt(new Date('2026-11-22T09:30:59.999Z'))).toBe('2026-11-22T09:30Z');
	});
});
