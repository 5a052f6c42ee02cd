/**
 * What the built Pagefind index holds, read from its fragment files: which pages are in it and what
 * text of theirs a search can match. Ranking and the search UI need a browser (tests/e2e/search*).
 */
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadCollection } from '../support/content';
import { builtFiles, readSearchIndex, sitePathOf, treeOf } from './support/built-site';

const index = readSearchIndex();
const indexedUrls = index.map((page) => page.url);
const banks = loadCollection('question-banks', QuestionBankSchema);
/** Reading pages under /presentasi/: the presenter's guide and the answer-card page; the rest are decks. */
const PRESENTER_READING_PAGES = ['/presentasi/', '/presentasi/kartu/'];

describe('indeks pencarian hasil build', () => {
	test('holds exactly the pages that mark a body for Pagefind', () => {
		const marked = builtFiles.filter((file) => selectAll('[data-pagefind-body]', treeOf(file)).length > 0).map(sitePathOf);
		expect(marked.length).toBeGreaterThan(40);
		expect([...indexedUrls].sort()).toEqual([...marked].sort());
	});

	test('has every lesson and law page, and no presentation or hall quiz: they repeat the reading pages', () => {
		expect(indexedUrls).toEqual(expect.arrayContaining(['/belajar/apa-itu-netralitas/', '/belajar/sanksi/', '/hukum/', '/hukum/uu-20-2023/', '/larangan/']));
		expect(indexedUrls.filter((url) => url.startsWith('/presentasi/') && !PRESENTER_READING_PAGES.includes(url))).toEqual([]);
	});

	test('no question of any bank is in the indexed text: a search must not hand out the quiz', () => {
		const leaked = banks.flatMap((bank) =>
			bank.data.questions.flatMap((question) =>
				index.filter((page) => page.content.includes(question.prompt.slice(0, 80))).map((page) => `${bank.id}/${question.id} in ${page.url}`),
			),
		);
		expect(leaked).toEqual([]);
	});

	test("a lesson's indexed text is its lesson: no quiz controls and no sidebar", () => {
		const lesson = index.find((page) => page.url === '/belajar/sanksi/');
		expect(lesson?.content).toMatch(/tunjangan kinerja/);
		const lessons = index.filter((page) => page.url.startsWith('/belajar/'));
		for (const uiText of ['Soal 1 dari', 'Lihat jawaban', 'Periksa jawaban', 'Panduan pemateri', 'Pidato pejabat daerah']) {
			expect(lessons.filter((page) => page.content.includes(uiText)).map((page) => page.url), uiText).toEqual([]);
		}
	});
});
