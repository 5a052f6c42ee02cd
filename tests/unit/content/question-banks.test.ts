import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { describeBank, formatBankTable } from '../../support/bank-stats';
import { loadCollection, ROOT } from '../../support/content';

const banks = loadCollection('question-banks', QuestionBankSchema);
const acts = loadCollection('prohibited-acts', ProhibitedActSchema);
const questions = banks.flatMap((bank) => bank.data.questions.map((question) => ({ bank, question })));
const retired = (parse(readFileSync(join(ROOT, 'content', 'retired-question-ids.yaml'), 'utf8')) as { id: string }[]).map((entry) => entry.id);

describe('the question banks as a whole', () => {
	test('prints each bank\'s figures (run this file to see them)', () => {
		const rows = banks.map((bank) => ({ bank: bank.id, stats: describeBank(bank.data.questions) }));
		rows.push({ bank: 'semua', stats: describeBank(questions.map((entry) => entry.question)) });
		console.info(`\n${formatBankTable(rows)}\n`);
		expect(rows.length).toBeGreaterThan(1);
	});

	test('hold at least 150 questions', () => {
		expect(questions.length).toBeGreaterThanOrEqual(150);
	});

	test('are at least 70% realistic situations', () => {
		const share = questions.filter((entry) => entry.question.kind === 'situasi').length / questions.length;
		expect(share).toBeGreaterThanOrEqual(0.7);
	});

	test('give "boleh" as the key of 35% to 65% of the verdict questions in every bank', () => {
		const offenders = banks.flatMap((bank) => {
			const { verdicts, boleh } = describeBank(bank.data.questions);
			return verdicts > 0 && (boleh < 0.35 || boleh > 0.65) ? [`${bank.file}: "boleh" ${Math.round(boleh * 100)}% dari ${verdicts} soal boleh-atau-tidak`] : [];
		});
		expect(offenders).toEqual([]);
	});

	test('test every catalogue act with at least two questions', () => {
		const counts = new Map(acts.map((act) => [act.id, 0]));
		for (const { question } of questions) for (const act of question.acts) counts.set(act, (counts.get(act) ?? 0) + 1);
		expect([...counts].filter(([, count]) => count < 2).map(([act, count]) => `${act}: ${count} soal`)).toEqual([]);
	});

	test('name only catalogue acts that exist', () => {
		const known = new Set(acts.map((act) => act.id));
		const unknown = questions.flatMap(({ bank, question }) => question.acts.filter((act) => !known.has(act)).map((act) => `${bank.file} (${question.id}): acts "${act}" tidak ada di content/prohibited-acts`));
		expect(unknown).toEqual([]);
	});

	test('never reuse a retired question id', () => {
		const reused = questions.filter(({ question }) => retired.includes(question.id)).map(({ bank, question }) => `${bank.file}: id "${question.id}" sudah pensiun`);
		expect(reused).toEqual([]);
	});
});
