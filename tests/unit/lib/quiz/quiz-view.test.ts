import { describe, expect, test } from 'vitest';
import { createLegalIndex } from '~/lib/legal/legal-index';
import type { QuizQuestionView } from '~/lib/quiz/quiz-view';
import { explainWrongOptions, instructionFor, labelOf, labelsOf, orderForPage, toQuizView } from '~/lib/quiz/quiz-view';
import { LegalSourceSchema } from '~/schemas/legal-source';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadYamlFile, ROOT } from '../../../support/content';

const legalIndex = createLegalIndex([
	{ id: 'uu-20-2023', data: loadYamlFile(`${ROOT}/content/legal-sources/uu-20-2023.yaml`, LegalSourceSchema) },
]);
const bank = { id: 'contoh', data: loadYamlFile(`${ROOT}/tests/fixtures/question-banks/valid.yaml`, QuestionBankSchema) };
const labels = { boleh: 'Boleh', 'tidak-boleh': 'Tidak boleh' };

describe('toQuizView', () => {
	test('links the quiz back to its lesson', () => {
		expect(toQuizView(bank, legalIndex, labels).lessonHref).toBe('/belajar/apa-itu-netralitas/');
	});

	test('resolves every legal basis to a citation and link', () => {
		const view = toQuizView(bank, legalIndex, labels);
		expect(view.questions[0]?.legalBasis).toEqual([
			{ citation: 'UU 20/2023 Pasal 24 ayat (1) huruf d', href: '/hukum/uu-20-2023/#pasal-24-ayat-1-huruf-d' },
		]);
	});

	test('labels verdict options for display while keeping their values', () => {
		expect(toQuizView(bank, legalIndex, labels).questions[2]?.options).toEqual([
			{ value: 'boleh', label: 'Boleh' },
			{ value: 'tidak-boleh', label: 'Tidak boleh' },
		]);
	});

	test('fails on a legal basis that does not resolve', () => {
		expect(() => toQuizView(bank, createLegalIndex([]), labels)).toThrow(/uu-20-2023\/pasal-24-ayat-1-huruf-d/);
	});

	test('carries kind, acts and the reason for each wrong option', () => {
		const [single, , verdict] = toQuizView(bank, legalIndex, labels).questions;
		expect(single?.kind).toBe('ingatan');
		expect(single?.feedback).toEqual({ 'UU 20/2023 Pasal 52 ayat (4)': 'Pasal 52 mengatur pemberhentian, bukan kewajiban netralitas.' });
		expect(verdict?.feedback).toEqual({ boleh: 'Tidak ada pengecualian bagi pengurus partai.' });
	});
});

describe('orderForPage', () => {
	const options = ['benar', 'salah-1', 'salah-2', 'salah-3'];

	test('gives the same order on every build for the same question', () => {
		expect(orderForPage({ id: 'soal-a', type: 'single', options })).toEqual(orderForPage({ id: 'soal-a', type: 'single', options }));
	});

	test('does not always put the answer (stored first) first', () => {
		const firsts = Array.from({ length: 40 }, (_, index) => orderForPage({ id: `soal-${index}`, type: 'single', options })[0]);
		expect(firsts.filter((value) => value === 'benar').length).toBeLessThan(20);
		expect(new Set(firsts).size).toBe(4);
	});

	test('keeps Boleh before Tidak boleh', () => {
		expect(orderForPage({ id: 'soal-a', type: 'verdict', options: ['boleh', 'tidak-boleh'] })).toEqual(['boleh', 'tidak-boleh']);
	});
});

describe('explainWrongOptions', () => {
	const [single, multiple] = toQuizView(bank, legalIndex, labels).questions as [QuizQuestionView, QuizQuestionView];

	test('explains a chosen wrong option with its label', () => {
		expect(explainWrongOptions(single, ['UU 20/2023 Pasal 52 ayat (4)'])).toEqual([
			{ value: 'UU 20/2023 Pasal 52 ayat (4)', label: 'UU 20/2023 Pasal 52 ayat (4)', why: 'Pasal 52 mengatur pemberhentian, bukan kewajiban netralitas.' },
		]);
	});

	test('leaves out correct options, so a partly right answer explains only its mistakes', () => {
		expect(explainWrongOptions(multiple, ['PNS', 'Anggota TNI']).map((item) => item.value)).toEqual(['Anggota TNI']);
		expect(explainWrongOptions(multiple, ['PNS', 'PPPK'])).toEqual([]);
	});
});


describe('instructionFor', () => {
	const labels = { chooseOne: 'satu', chooseMany: 'semua', chooseVerdict: 'boleh?' };

	test('asks for one option, every right option, or a verdict, by the question type', () => {
		expect(instructionFor({ type: 'single' }, labels)).toBe('satu');
		expect(instructionFor({ type: 'multiple' }, labels)).toBe('semua');
		expect(instructionFor({ type: 'verdict' }, labels)).toBe('boleh?');
	});
});

describe('labelOf and labelsOf', () => {
	const [, multiple, verdict] = toQuizView(bank, legalIndex, labels).questions as [QuizQuestionView, QuizQuestionView, QuizQuestionView];

	test('show a verdict value as the label a reader sees', () => {
		expect(labelOf(verdict, 'tidak-boleh')).toBe('Tidak boleh');
		expect(labelsOf(verdict, verdict.correct)).toBe('Tidak boleh');
	});

	test('join several answers with semicolons, in the order given', () => {
		expect(labelsOf(multiple, ['PPPK', 'PNS'])).toBe('PPPK; PNS');
	});

	test('fall back to the value for an option the question no longer has', () => {
		expect(labelOf(multiple, 'opsi-lama')).toBe('opsi-lama');
	});
});
