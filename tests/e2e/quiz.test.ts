import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl, waitForHydration } from './support/site';

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
		await waitForHydration(quiz);
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

	test('every state of the quiz passes axe: unanswered, wrong, right, results', async () => {
		const { page, quiz } = await openQuiz();
		expect(await findAxeViolations(page)).toEqual([]);
		const seen = new Set<string>();
		// Answer with the first option until both a wrong and a right answer have been checked.
		while (seen.size < 2 && (await quiz.getByRole('button', { name: 'Periksa jawaban' }).count())) {
			await quiz.locator('.quiz-option').first().click();
			await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
			const verdict = (await quiz.locator('.quiz-feedback-title').innerText()).trim();
			if (!seen.has(verdict)) {
				seen.add(verdict);
				expect(await findAxeViolations(page)).toEqual([]);
			}
			await quiz.getByRole('button', { name: /Soal berikutnya|Lihat hasil/ }).click();
		}
		expect([...seen].sort()).toEqual(['Belum tepat.', 'Benar.']);
		while (await quiz.getByRole('button', { name: 'Periksa jawaban' }).count()) {
			await quiz.locator('.quiz-option').first().click();
			await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
			await quiz.getByRole('button', { name: /Soal berikutnya|Lihat hasil/ }).click();
		}
		await quiz.getByRole('heading', { name: 'Hasil kuis' }).waitFor();
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('peserta memuat ulang halaman dan melanjutkan kuis dari soal yang sama', async () => {
		const { page, quiz } = await openQuiz();
		await quiz.locator('.quiz-option').first().click();
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		await quiz.getByRole('button', { name: 'Soal berikutnya' }).click();
		const prompt = await quiz.locator('.quiz-prompt').innerText();
		await page.reload();
		await quiz.scrollIntoViewIfNeeded();
		await waitForHydration(quiz);
		await expect.poll(() => quiz.locator('.quiz-counter').innerText()).toMatch(/^Soal 2 dari/);
		expect(await quiz.locator('.quiz-prompt').innerText()).toBe(prompt);
	});

	test('progress yang rusak di penyimpanan diabaikan dan kuis tetap berjalan', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		for (const corrupted of ['{bukan json', JSON.stringify({ version: 1, banks: { 'asas-dan-dasar-hukum': { attempt: { order: 7 } } } }), JSON.stringify({ version: 99 })]) {
			await page.evaluate((value) => localStorage.setItem('netralitas:kuis:v1', value), corrupted);
			const { quiz } = await openQuiz();
			expect(await quiz.locator('.quiz-counter').innerText()).toMatch(/^Soal 1 dari/);
			await quiz.locator('.quiz-option').first().click();
			await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
			await expect.poll(() => quiz.locator('.quiz-feedback').innerText()).toMatch(/Benar\.|Belum tepat\./);
			expect(browser.pageErrors()).toEqual([]);
			await page.evaluate(() => localStorage.clear());
		}
	});

	test('daftar kuis menampilkan kemajuan yang tersimpan di perangkat', async () => {
		const { page, quiz } = await openQuiz();
		await quiz.locator('.quiz-option').first().click();
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		await page.goto(siteUrl('/kuis/'));
		await expect.poll(() => page.locator('[data-bank-id="asas-dan-dasar-hukum"]').innerText()).toMatch(/Sedang dikerjakan: 1 dari \d+ soal/);
		expect(await page.locator('[data-bank-id="media-sosial"]').innerText()).toBe('Belum dikerjakan di perangkat ini.');
		expect(await findAxeViolations(page)).toEqual([]);
	});
});

describe('kuis tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false });

	test('pembaca tanpa JavaScript tetap bisa membaca soal, jawaban, dan penjelasannya', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/belajar/apa-itu-netralitas/'));
		// The one-question form is hidden; the <noscript> list stands in for it.
		expect(await page.locator('.quiz astro-island').isVisible()).toBe(false);
		const questions = page.locator('.quiz .quiz-static fieldset');
		expect(await questions.count()).toBeGreaterThanOrEqual(5);
		const first = questions.first();
		await first.locator('summary').click();
		expect(await first.locator('details').innerText()).toMatch(/Jawaban yang benar:[\s\S]*Dasar hukum:/);
		// Wrong options say why they are wrong, without a script: every question has its list.
		expect(await first.locator('details').innerText()).toMatch(/Mengapa pilihan lain keliru:/);
		const whyLists = await questions.evaluateAll((sets) => sets.map((set) => set.querySelectorAll('.quiz-why li').length));
		expect(whyLists.every((count) => count >= 1)).toBe(true);
	});
});
