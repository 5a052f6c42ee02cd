import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const LESSON = '/belajar/apa-itu-netralitas/?seed=e2e';

/** Press Tab, as a keyboard user would, until the focused element matches selector. */
async function tabUntil(page: Page, selector: string) {
	for (let presses = 0; presses < 15; presses++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('kuis di akhir materi', () => {
	const browser = useBrowserPage();

	async function openQuiz() {
		const page = browser.page();
		await page.goto(siteUrl(LESSON));
		const quiz = page.locator('.quiz');
		await quiz.scrollIntoViewIfNeeded();
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).waitFor();
		return { page, quiz };
	}

	test('peserta menyelesaikan kuis dengan keyboard saja', async () => {
		const { page, quiz } = await openQuiz();
		const total = Number((await quiz.locator('.quiz-counter').innerText()).match(/dari (\d+)/)?.[1]);
		expect(total).toBeGreaterThanOrEqual(5);
		for (let index = 0; index < total; index++) {
			await quiz.locator('legend').focus();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
			await page.keyboard.press('Enter');
			const feedback = quiz.locator('.quiz-feedback');
			await expect.poll(() => feedback.innerText()).toMatch(/Benar\.|Belum tepat\./);
			await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toMatch(/quiz-feedback/);
			expect(await feedback.getByRole('link').count()).toBeGreaterThan(0);
			await tabUntil(page, '.quiz-button');
			await page.keyboard.press('Enter');
		}
		await expect.poll(() => quiz.getByRole('status').innerText()).toMatch(new RegExp(`dari ${total} jawaban benar`));
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hasil kuis');
	});

	test('every state of the quiz passes axe: unanswered, answered, results', async () => {
		const { page, quiz } = await openQuiz();
		expect(await findAxeViolations(page)).toEqual([]);
		await quiz.locator('.quiz-option').first().click();
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		expect(await findAxeViolations(page)).toEqual([]);
		while (await quiz.getByRole('button', { name: /Soal berikutnya|Lihat hasil/ }).count()) {
			await quiz.getByRole('button', { name: /Soal berikutnya|Lihat hasil/ }).click();
			if (await quiz.getByRole('button', { name: 'Periksa jawaban' }).count()) {
				await quiz.locator('.quiz-option').first().click();
				await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
			}
		}
		await quiz.getByRole('heading', { name: 'Hasil kuis' }).waitFor();
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('the quiz island loads only on pages that have a quiz', async () => {
		const page = browser.page();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(siteUrl('/hukum/'));
		await page.waitForLoadState('networkidle');
		expect(await page.locator('astro-island').count()).toBe(0);
		expect(scripts.some((url) => /preact|QuizIsland/i.test(url))).toBe(false);
	});
});

describe('kuis tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false });

	test('pembaca tanpa JavaScript tetap bisa membaca soal, jawaban, dan penjelasannya', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/belajar/apa-itu-netralitas/'));
		const questions = page.locator('.quiz fieldset');
		expect(await questions.count()).toBeGreaterThanOrEqual(5);
		const first = questions.first();
		await first.locator('summary').click();
		expect(await first.locator('details').innerText()).toMatch(/Jawaban yang benar:[\s\S]*Dasar hukum:/);
	});
});
