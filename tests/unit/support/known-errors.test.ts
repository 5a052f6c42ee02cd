import { describe, expect, test } from 'vitest';
import { findUncorrectedKnownErrors, findUnqualifiedNeverLight } from '../../support/known-errors';

describe('findUncorrectedKnownErrors', () => {
	test('flags a known error stated as fact', () => {
		const text = 'Anggota partai diberhentikan menurut Pasal 87 ayat (4) huruf b UU 5/2014.';
		expect(findUncorrectedKnownErrors({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([expect.stringContaining('huruf b')]);
	});

	test('accepts it inside a labelled correction aside spanning paragraphs', () => {
		const text = ':::caution[Ralat]\nSebagian media menulis Pasal 87 ayat (4) huruf b.\n\nYang benar huruf c.\n:::';
		expect(findUncorrectedKnownErrors({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([]);
	});

	test('accepts a quiz distractor whose question explains the error', () => {
		const text = 'questions:\n  - id: a\n    distractors: [Pasal 87 ayat (4) huruf b]\n    explanation: Hurufnya c, bukan b.\n  - id: b\n    prompt: lain';
		expect(findUncorrectedKnownErrors({ file: 'a.yaml', text, kind: 'yaml' })).toEqual([]);
	});

	test('does not let a correction in another question excuse an error', () => {
		const text = 'questions:\n  - id: a\n    explanation: Ini bukan soal pasal.\n  - id: b\n    answer: kampanye berlangsung 100 hari';
		expect(findUncorrectedKnownErrors({ file: 'a.yaml', text, kind: 'yaml' })).toEqual([expect.stringContaining('100 hari')]);
	});

	test('recognises a correction that wraps across lines', () => {
		const text = 'Sanksi lama seperti penundaan kenaikan gaji berkala sudah tidak\nberlaku sejak 2021.';
		expect(findUncorrectedKnownErrors({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([]);
	});
});

describe('known errors from section 14.7', () => {
	test.each([
		'Pedomannya SKB Nomor 22 Tahun 2022.',
		'Disiplin PNS diatur Peraturan Presiden Nomor 94 Tahun 2021.',
		'Banding diajukan kepada PPK dalam waktu 14 hari.',
		'PPPK paruh waktu diatur Kepmen PANRB Nomor 6 Tahun 2025.',
		'Dasarnya UU Nomor 29 Tahun 2023 tentang ASN.',
	])('flags "%s" stated as fact', (text) => {
		expect(findUncorrectedKnownErrors({ file: 'a.mdx', text, kind: 'mdx' })).toHaveLength(1);
	});

	test('accepts the banding error inside a correction', () => {
		const text = 'Banding diajukan kepada PPK dalam waktu 14 hari? Keliru: banding diajukan ke BPASN.';
		expect(findUncorrectedKnownErrors({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([]);
	});

	test('does not flag the correct numbers', () => {
		const text = 'SKB Nomor 2 Tahun 2022, PP 94/2021, Kepmen PANRB 16/2025, dan UU 20/2023.';
		expect(findUncorrectedKnownErrors({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([]);
	});
});

describe('findUnqualifiedNeverLight', () => {
	test('flags "never ringan" said of every neutrality breach', () => {
		const text = 'Pelanggaran netralitas tidak pernah dihukum ringan.';
		expect(findUnqualifiedNeverLight({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([expect.stringContaining('F13.5')]);
	});

	test('accepts it when the block names Pasal 5 huruf n', () => {
		const text = 'Melanggar larangan Pasal 5 huruf n PP 94/2021 tidak pernah dihukum ringan.';
		expect(findUnqualifiedNeverLight({ file: 'a.mdx', text, kind: 'mdx' })).toEqual([]);
	});

	test('judges each quiz question on its own', () => {
		const text = 'questions:\n  - id: a\n    explanation: Pasal 5 huruf n.\n  - id: b\n    explanation: Pelanggaran netralitas tidak pernah ringan.';
		expect(findUnqualifiedNeverLight({ file: 'a.yaml', text, kind: 'yaml' })).toHaveLength(1);
	});
});
