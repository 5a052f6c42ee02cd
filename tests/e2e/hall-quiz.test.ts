import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadCollection } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const banks = loadCollection('question-banks', QuestionBankSchema);
const BANK = 'media-sosial';
const HALL_QUIZ = `/presentasi/kuis-kelas/${BANK}/`;

function visibleSlide(page: Page) {
	return page.locator('[data-slide]:not([hidden])');
}

describe('Kuis Kelas', () => {
	const browser = useBrowserPage({ viewport: { width: 1920, height: 1080 } });

	test('every question bank has a hall quiz with a question and an answer slide per question', async () => {
		const page = browser.page();
		for (const bank of banks) {
			await page.goto(siteUrl(`/presentasi/kuis-kelas/${bank.id}/`));
			// Title, then a question and an answer slide for each question, then the closing slide.
			expect(await page.locator('[data-slide]').count()).toBe(2 + 2 * bank.data.questions.length);
		}
	});

	test('pemateri menjalankan Kuis Kelas dengan keyboard, mengetik hitungan tangan, lalu membuka jawaban', async () => {
		const page = browser.page();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).origin));
		await page.goto(siteUrl(HALL_QUIZ));
		await page.waitForLoadState('networkidle');
		await page.keyboard.press('PageDown');
		const question = visibleSlide(page);
		expect(await question.locator('h2').innerText()).toMatch(/^Soal 1 dari \d+$/);
		const letters = await question.locator('.hall-options .hall-letter').allInnerTexts();
		expect(letters).toEqual(letters.map((_, index) => String.fromCharCode(65 + index)));

		// The presenter types the counts; keys go to the fields, not to the deck.
		await question.getByLabel('Jumlah tangan untuk pilihan A').focus();
		await page.keyboard.type('3');
		await page.keyboard.press('Tab');
		await page.keyboard.type('9');
		expect(await page.evaluate(() => location.hash)).toBe('#2');
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowRight');

		const answer = visibleSlide(page);
		expect(await answer.locator('h2').innerText()).toBe('Jawaban soal 1');
		expect(await answer.locator('.hall-correct').innerText()).toMatch(/^Jawaban yang benar: [A-F]\. /);
		expect(await answer.locator('.hall-basis a').count()).toBeGreaterThan(0);
		for (const href of await answer.locator('.hall-basis a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/^\/hukum\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
		}
		const distribution = answer.getByRole('figure');
		expect(await distribution.isVisible()).toBe(true);
		const percents = await distribution.locator('[data-hands-percent]').allInnerTexts();
		expect(percents.slice(0, 2)).toEqual(['25%', '75%']);
		expect(await distribution.innerText()).toContain('Jumlah tangan terhitung: 12.');
		expect(new Set(requests)).toEqual(new Set([new URL(siteUrl('/')).origin]));
		expect(browser.pageErrors()).toEqual([]);
	});

	test('the answer stays hidden until the presenter moves on to it, and no counts means no chart', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${HALL_QUIZ}#2`));
		expect(await page.locator('.hall-correct:visible').count()).toBe(0);
		await page.keyboard.press('ArrowRight');
		expect(await visibleSlide(page).locator('.hall-correct').isVisible()).toBe(true);
		expect(await visibleSlide(page).getByRole('figure').count()).toBe(0);
	});

	test('verdict questions read A Boleh, B Tidak boleh', async () => {
		const page = browser.page();
		const verdictNumber = (banks.find((bank) => bank.id === BANK)?.data.questions.findIndex((question) => question.type === 'verdict') ?? -1) + 1;
		expect(verdictNumber).toBeGreaterThan(0);
		await page.goto(siteUrl(`${HALL_QUIZ}#${2 * verdictNumber}`));
		expect(await visibleSlide(page).locator('.hall-options li').allInnerTexts()).toEqual(['A\nBoleh', 'B\nTidak boleh']);
	});

	test('Kuis Kelas lolos axe pada soal, jawaban dengan hitungan tangan, dan penutup', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${HALL_QUIZ}#2`));
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		expect(await findAxeViolations(page)).toEqual([]);
		await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan A').fill('4');
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowRight');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.keyboard.press('End');
		expect(await findAxeViolations(page)).toEqual([]);
	});
});

describe('presentasi di luar indeks pencarian', () => {
	const browser = useBrowserPage();

	/** Ask the built Pagefind index and return the URL of every result. */
	async function searchUrls(page: Page, query: string): Promise<string[]> {
		// A string, not a function: the test runner would rewrite a function's dynamic import().
		return page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search(${JSON.stringify(query)});
			const data = await Promise.all(search.results.map((result) => result.data()));
			return data.map((entry) => entry.url);
		})()`);
	}

	test('presentation pages and hall quizzes are not in the search index: they repeat the reading pages', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		for (const query of ['kampanye', 'netralitas', 'Kuis Kelas', 'jawaban']) {
			const urls = await searchUrls(page, query);
			expect(urls.length).toBeGreaterThan(0);
			// The presenter's guide and the answer-card page are reading pages; the decks are not.
			expect(urls.filter((url) => url.startsWith('/presentasi/') && !['/presentasi/', '/presentasi/kartu/'].includes(url))).toEqual([]);
		}
	});
});
