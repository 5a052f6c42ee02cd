import { describe, expect, test } from 'vitest';
import { findUncorrectedKnownErrors } from '../../support/known-errors';

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
