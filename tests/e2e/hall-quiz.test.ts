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

describe('ringkasan Kuis Kelas', () => {
	const browser = useBrowserPage({ viewport: { width: 1920, height: 1080 } });
	const bank = banks.find((candidate) => candidate.id === BANK)!;
	const total = bank.data.questions.length;

	/** Type counts on question slide n (1-based): one count per option, in letter order. */
	async function typeCounts(page: Page, number: number, counts: number[]) {
		await page.goto(siteUrl(`${HALL_QUIZ}#${2 * number}`));
		for (const [index, count] of counts.entries()) {
			await visibleSlide(page).getByLabel(`Jumlah tangan untuk pilihan ${String.fromCharCode(65 + index)}`).fill(String(count));
		}
	}

	/** The letter of the right option of question n, read from its answer slide. */
	async function rightLetter(page: Page, number: number): Promise<string> {
		await page.goto(siteUrl(`${HALL_QUIZ}#${2 * number + 1}`));
		return (await visibleSlide(page).locator('.hall-correct strong').first().innerText()).charAt(0);
	}

	test('pemateri melihat bagian ringkasan soal yang perlu diulas, dan hitungannya tetap ada setelah halaman dimuat ulang', async () => {
		const page = browser.page();
		// Question 1: 9 of 12 right (75%, below the 80% pass mark). Question 2: all 10 right.
		const first = await rightLetter(page, 1);
		const second = await rightLetter(page, 2);
		// Both are "boleh atau tidak" questions: A Boleh, B Tidak boleh.
		const countsFor = (letter: string, right: number, wrong: number) => (letter === 'A' ? [right, wrong] : [wrong, right]);
		await typeCounts(page, 1, countsFor(first, 9, 3));
		await typeCounts(page, 2, countsFor(second, 10, 0));

		await page.reload();
		await page.keyboard.press('End');
		const summary = visibleSlide(page);
		expect(await summary.locator('h2').innerText()).toBe('Ringkasan Kuis Kelas');
		const cells = summary.getByRole('list', { name: 'Ringkasan Kuis Kelas' }).getByRole('listitem');
		expect(await cells.count()).toBe(total);
		expect(await cells.nth(0).innerText()).toBe('Soal 1\n75%\nulas lagi');
		expect(await cells.nth(1).innerText()).toBe('Soal 2\n100%\npaham');
		expect(await cells.nth(2).innerText()).toBe('Soal 3\n–\nbelum dihitung');
		expect(await summary.locator('[data-summary-overall]').innerText()).toBe(
			`Rata-rata 88% peserta menjawab benar, dari 2 soal yang dihitung (semuanya ${total} soal). 1 soal di bawah 80% benar: ulas lagi.`,
		);

		// The question to revisit links to a section of the lesson, and that section exists.
		const revisit = summary.getByRole('region', { name: 'Ulas lagi bersama peserta' }).getByRole('listitem');
		expect(await revisit.count()).toBe(1);
		expect(await revisit.first().innerText()).toMatch(/^Soal 1, 75% benar: \S/);
		const href = (await revisit.first().getByRole('link').getAttribute('href')) ?? '';
		expect(href).toMatch(/^\/belajar\/media-sosial\/#[a-z0-9-]+$/);
		await page.goto(siteUrl(href));
		expect(await page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);

		// The counts are back in their fields and on the answer slide after the reload.
		await page.goto(siteUrl(`${HALL_QUIZ}#2`));
		expect(await visibleSlide(page).locator('[data-hands-input]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(
			countsFor(first, 9, 3).map(String),
		);
		expect(browser.pageErrors()).toEqual([]);
	});

	test('hitungan yang diketik di jendela pembicara tampil di layar proyektor', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${HALL_QUIZ}#2`));
		const popup = browser.context().waitForEvent('page');
		await page.keyboard.press('s');
		const speaker = await popup;
		await speaker.waitForSelector('[data-deck][data-ready]');
		await visibleSlide(speaker).getByLabel('Jumlah tangan untuk pilihan A').fill('1');
		await visibleSlide(speaker).getByLabel('Jumlah tangan untuk pilihan B').fill('3');
		await speaker.keyboard.press('Escape');
		await speaker.keyboard.press('ArrowRight');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe('#3');
		const percents = visibleSlide(page).locator('[data-hands-percent]');
		await expect.poll(() => percents.allInnerTexts()).toEqual(['25%', '75%']);
		await speaker.close();
	});

	test('pemateri menghapus semua hitungan dari ringkasan', async () => {
		const page = browser.page();
		await typeCounts(page, 1, [4, 4]);
		await page.keyboard.press('Escape');
		await page.keyboard.press('End');
		page.once('dialog', (dialog) => void dialog.accept());
		await visibleSlide(page).getByRole('button', { name: 'Hapus semua hitungan' }).click();
		expect(await visibleSlide(page).locator('[data-summary-saved]').innerText()).toBe('Semua hitungan kuis ini sudah dihapus.');
		expect(await visibleSlide(page).locator('[data-summary-for]').first().getAttribute('data-status')).toBe('not-counted');
		await page.reload();
		await page.goto(siteUrl(`${HALL_QUIZ}#2`));
		expect(await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan A').inputValue()).toBe('');
		expect(await page.evaluate(() => localStorage.getItem('netralitas:kuis-kelas:v1'))).toBe('{"banks":{}}');
	});

	test('storage yang rusak diatur ulang tanpa galat, dan ringkasan lolos axe', async () => {
		const page = browser.page();
		await page.goto(siteUrl(HALL_QUIZ));
		await page.evaluate(() => localStorage.setItem('netralitas:kuis-kelas:v1', '{"banks":'));
		await typeCounts(page, 1, [1, 5]);
		await page.keyboard.press('Escape');
		await page.keyboard.press('End');
		expect(await visibleSlide(page).locator('[data-summary-for]').first().getAttribute('data-status')).not.toBe('not-counted');
		expect(await findAxeViolations(page)).toEqual([]);
		expect(browser.pageErrors()).toEqual([]);
	});

	test('ringkasan dicetak sebagai laporan: judul, setiap soal dengan hitungan, persen benar, dan alamat bagian materinya', async () => {
		const page = browser.page();
		await typeCounts(page, 1, [2, 8]);
		await page.keyboard.press('Escape');
		await page.keyboard.press('End');
		await page.emulateMedia({ media: 'print' });
		const printed = await page.evaluate(() => {
			const visible = (element: Element) => getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetParent !== null;
			return {
				report: visible(document.querySelector('.hall-report')!),
				bar: visible(document.querySelector('.deck-bar')!),
				grid: visible(document.querySelector('.summary-grid')!),
				rows: document.querySelectorAll('.hall-report tbody tr').length,
				text: (document.querySelector('.hall-report') as HTMLElement).innerText,
				printUrls: [...document.querySelectorAll<HTMLElement>('.hall-report [data-print-url]')].map((link) => link.dataset.printUrl ?? ''),
			};
		});
		expect(printed).toMatchObject({ report: true, bar: false, grid: false, rows: total });
		expect(printed.text).toContain('Ringkasan Kuis Kelas: Netralitas di Media Sosial');
		expect(printed.text).toMatch(/A: 2, B: 8/);
		expect(printed.printUrls).toHaveLength(total);
		for (const url of printed.printUrls) expect(url).toMatch(/^https?:\/\/[^/]+\/belajar\/media-sosial\/(#[a-z0-9-]+)?$/);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
	});
});
