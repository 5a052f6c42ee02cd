/**
 * The presentation views and hall quizzes as built: what their markup says, read from dist/
 * without a browser. How they behave under the keyboard, on screen and offline is in tests/e2e.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { presenterLabels } from '~/config/ui-strings';
import { hallQuizPath } from '~/lib/presenter/presentable-pages';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadCollection } from '../support/content';
import { decodeQrPath } from '../support/qr-image';
import { builtFiles, pageTree, sitePathOf, treeOf } from './support/built-site';

const banks = loadCollection('question-banks', QuestionBankSchema);
const decks = builtFiles.map(sitePathOf).filter((path) => /^\/presentasi\/(belajar|hukum)\//.test(path));

const textOf = (element: Element | undefined) => (element ? toString(element).replace(/\s+/g, ' ').trim() : '');

describe('Kuis Kelas hasil build', () => {
	test.each(banks.map((bank) => [bank.id, bank] as const))('%s: a title, a question and an answer slide per question, and a closing slide', (id, bank) => {
		const slides = selectAll('[data-slide]', pageTree(hallQuizPath(id)));
		expect(slides.length).toBe(2 + 2 * bank.data.questions.length);
	});

	test('every verdict question offers exactly A Boleh, B Tidak boleh', () => {
		const offers = banks.flatMap((bank) => {
			const slides = selectAll('section.slide-question', pageTree(hallQuizPath(bank.id)));
			return bank.data.questions.flatMap((question, index) =>
				question.type === 'verdict' ? [{ question: `${bank.id}/${question.id}`, options: selectAll('.hall-options li', slides[index]!).map((item) => selectAll('span', item).map(textOf).join(' ')) }] : [],
			);
		});
		expect(offers.length).toBeGreaterThan(50);
		expect(offers.filter((offer) => offer.options.join('|') !== 'A Boleh|B Tidak boleh')).toEqual([]);
	});
});

describe('tombol Presentasi', () => {
	const link = (path: string) =>
		selectAll('.presenter-entry a', pageTree(path)).find((anchor) => textOf(anchor) === presenterLabels.openPresentation);

	test('lessons and law pages link to their own presentation; other pages have no button', () => {
		const expected: Record<string, string | undefined> = {
			'/belajar/media-sosial/': '/presentasi/belajar/media-sosial/',
			'/hukum/': '/presentasi/hukum/',
			'/hukum/skb-2022/': '/presentasi/hukum/skb-2022/',
			'/hukum/uu-20-2023/': '/presentasi/hukum/uu-20-2023/',
			'/': undefined,
			'/kuis/': undefined,
			'/larangan/': undefined,
			'/pidato/': undefined,
			'/ikrar/': undefined,
		};
		for (const [path, presentation] of Object.entries(expected)) {
			expect(link(path)?.properties.href, path).toBe(presentation);
		}
	});

	test('every button points to a presentation that was built', () => {
		const built = new Set(builtFiles.map(sitePathOf));
		const dangling = builtFiles.flatMap((file) =>
			selectAll('.presenter-entry a[href]', treeOf(file))
				.map((anchor) => String(anchor.properties.href))
				.filter((href) => !built.has(href))
				.map((href) => `${sitePathOf(file)} -> ${href}`),
		);
		expect(dangling).toEqual([]);
	});
});

describe('presentasi materi hasil build', () => {
	test('there is a presentation for every lesson and law page', () => {
		expect(decks.length).toBeGreaterThanOrEqual(20);
	});

	test.each(decks)('%s has no quiz island and no form; a lesson deck ends with a link to its hall quiz', (path) => {
		const tree = pageTree(path);
		expect(selectAll('astro-island, .quiz, fieldset', tree).length).toBe(0);
		const bankLink = selectAll('a[href^="/presentasi/kuis-kelas/"]', tree);
		if (path.startsWith('/presentasi/belajar/')) {
			expect(bankLink.length, path).toBe(1);
			expect(textOf(bankLink[0])).toMatch(/^Mulai Kuis Kelas: \d+ soal/);
		}
	});

	test.each(decks)('%s: the title slide\'s QR code opens the reading page at the address the site is built for', (path) => {
		const figure = select('figure[data-qr]', pageTree(path));
		expect(figure, path).toBeDefined();
		const readingPath = String(figure!.properties.dataQrPath);
		expect(`/presentasi${readingPath}`).toBe(path);
		// The reading page's canonical link is the build's address (SITE_URL) for it.
		const canonical = String(select('link[rel="canonical"]', pageTree(readingPath))?.properties.href);
		expect(figure!.properties.dataQrUrl).toBe(canonical);
		const svg = select('svg[data-qr-svg]', figure!)!;
		const size = Number(String(svg.properties.viewBox).split(' ')[2]);
		const modules = String(select('path[data-qr-modules]', svg)?.properties.d);
		expect(decodeQrPath(modules, size)).toBe(canonical);
		// The address printed under the code, for those who type it.
		expect(textOf(select('.slide-qr-url', figure!)).replace(/\s/g, '')).toBe(canonical.replace(/^https?:\/\//, ''));
	});
});
