import { describe, expect, test } from 'vitest';
import { createLegalIndex } from '~/lib/legal/legal-index';
import { toQuizView } from '~/lib/quiz/quiz-view';
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
});
