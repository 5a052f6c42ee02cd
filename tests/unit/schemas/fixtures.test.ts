import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ContentError } from '~/lib/content/parse-content-file';
import { LegalSourceSchema } from '~/schemas/legal-source';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { SpeechSchema } from '~/schemas/speech';
import { loadYamlFile, ROOT } from '../../support/content';

const fixture = (path: string) => join(ROOT, 'tests', 'fixtures', path);

/** Load an invalid fixture and return the problems it reports. */
function problemsOf(path: string, schema: Parameters<typeof loadYamlFile>[1]): string[] {
	try {
		loadYamlFile(fixture(path), schema);
	} catch (error) {
		if (error instanceof ContentError) {
			expect(error.file).toBe(`tests/fixtures/${path}`);
			return error.problems;
		}
		throw error;
	}
	throw new Error(`${path} was expected to be invalid`);
}

describe('QuestionBankSchema', () => {
	test('normalises every question type to correct values and options', () => {
		const bank = loadYamlFile(fixture('question-banks/valid.yaml'), QuestionBankSchema);
		expect(bank.passMark).toBe(0.8);
		expect(bank.questions.map((question) => [question.type, question.correct, question.options])).toEqual([
			['single', ['UU 20/2023 Pasal 24 ayat (1) huruf d'], ['UU 20/2023 Pasal 24 ayat (1) huruf d', 'UU 20/2023 Pasal 52 ayat (4)']],
			['multiple', ['PNS', 'PPPK'], ['PNS', 'PPPK', 'Anggota TNI']],
			['verdict', ['tidak-boleh'], ['boleh', 'tidak-boleh']],
		]);
	});

	test('keeps the kind, the acts and one feedback sentence per wrong option', () => {
		const bank = loadYamlFile(fixture('question-banks/valid-feedback.yaml'), QuestionBankSchema);
		const [single, verdict] = bank.questions;
		expect(single?.kind).toBe('ingatan');
		expect(single?.options).toEqual(['UU 20/2023 Pasal 24 ayat (1) huruf d', 'UU 20/2023 Pasal 52 ayat (4)', 'UU 20/2023 Pasal 1']);
		expect(single?.feedback).toEqual({
			'UU 20/2023 Pasal 52 ayat (4)': 'Pasal 52 mengatur pemberhentian, bukan kewajiban netralitas.',
			'UU 20/2023 Pasal 1': 'Pasal 1 memuat definisi, bukan kewajiban.',
		});
		expect(verdict?.acts).toEqual(['menjadi-anggota-partai-politik']);
		expect(Object.keys(verdict?.feedback ?? {})).toEqual(['boleh']);
	});

	test('requires a kind on every question, naming the question', () => {
		expect(problemsOf('question-banks/invalid-missing-kind.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.kind: soal "contoh-tanpa-kind": .*situasi.*ingatan/),
		]);
	});

	test('requires a reason for every wrong option, naming the question and the option', () => {
		expect(problemsOf('question-banks/invalid-distractor-without-why.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.distractors\[1\]: soal "contoh-tanpa-alasan": pengecoh "Pasal 52 ayat \(4\)" belum punya alasan/),
		]);
	});

	test('requires whyNot on every verdict, naming the question and the wrong verdict', () => {
		expect(problemsOf('question-banks/invalid-verdict-without-why-not.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.whyNot: soal "contoh-tanpa-why-not": .*"tidak boleh" keliru/),
		]);
	});

	test('names the distractor that repeats the answer', () => {
		expect(problemsOf('question-banks/invalid-answer-among-distractors.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.distractors\[0\]: .*muncul dua kali/),
		]);
	});

	test('names an unknown key', () => {
		expect(problemsOf('question-banks/invalid-unknown-key.yaml', QuestionBankSchema).join('\n')).toMatch(/questions\[0\].*hint/);
	});

	test('requires a legal basis on every question', () => {
		expect(problemsOf('question-banks/invalid-missing-legal-basis.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.legalBasis: .*dasar hukum/),
		]);
	});

	test('a verdict prompt does not ask "Boleh atau tidak?" itself: the page asks it below the prompt', () => {
		expect(problemsOf('question-banks/invalid-verdict-asks-twice.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.prompt: soal "contoh-bertanya-dua-kali": hapus "Boleh atau tidak\?"/),
		]);
	});

	test('lists the allowed verdict values', () => {
		expect(problemsOf('question-banks/invalid-verdict-value.yaml', QuestionBankSchema)).toEqual([
			expect.stringMatching(/^questions\[0\]\.verdict: .*boleh.*tidak-boleh/),
		]);
	});
});

describe('LegalSourceSchema', () => {
	test('requires a note on an uncertain article', () => {
		expect(problemsOf('legal-sources/invalid-uncertain-without-note.yaml', LegalSourceSchema)).toEqual([
			expect.stringMatching(/^articles\[0\]\.note: /),
		]);
	});

	test('requires a revoked source to name its replacement', () => {
		expect(problemsOf('legal-sources/invalid-revoked-without-replacement.yaml', LegalSourceSchema)).toEqual([
			expect.stringMatching(/^replacedBy: /),
		]);
	});
});

describe('ProhibitedActSchema', () => {
	test('accepts a complete act', () => {
		expect(loadYamlFile(fixture('prohibited-acts/valid.yaml'), ProhibitedActSchema).related).toEqual([]);
	});

	test('requires at least one legal basis', () => {
		expect(problemsOf('prohibited-acts/invalid-no-legal-basis.yaml', ProhibitedActSchema)).toEqual([
			expect.stringMatching(/^legalBasis: .*dasar hukum/),
		]);
	});

	test('names an unknown context and lists the allowed ones', () => {
		expect(problemsOf('prohibited-acts/invalid-context.yaml', ProhibitedActSchema)).toEqual([
			expect.stringMatching(/^contexts\[0\]: .*media-sosial/),
		]);
	});

	test('requires a note on an uncertain act', () => {
		expect(problemsOf('prohibited-acts/invalid-uncertain-without-note.yaml', ProhibitedActSchema)).toEqual([
			expect.stringMatching(/^note: /),
		]);
	});
});

describe('SpeechSchema', () => {
	test('accepts a complete speech', () => {
		expect(loadYamlFile(fixture('speeches/valid.yaml'), SpeechSchema).date).toBe('2023-10-26');
	});

	test('requires every quote to be attributed to one of the speakers', () => {
		expect(problemsOf('speeches/invalid-quote-unattributed.yaml', SpeechSchema)).toEqual([
			expect.stringMatching(/^quotes\[0\]\.speaker: .*budi/),
		]);
	});

	test('keeps quotes short', () => {
		expect(problemsOf('speeches/invalid-quote-too-long.yaml', SpeechSchema)).toEqual([
			expect.stringMatching(/^quotes\[0\]\.text: .*kutipan harus pendek/),
		]);
	});

	test('requires a link to the source or to another report', () => {
		expect(problemsOf('speeches/invalid-no-link.yaml', SpeechSchema)).toEqual([expect.stringMatching(/^source\.url: /)]);
	});
});
