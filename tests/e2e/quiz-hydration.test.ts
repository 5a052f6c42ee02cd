import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl, waitForHydration } from './support/site';

const LESSON = '/belajar/apa-itu-netralitas/';

/** Open the lesson with the quiz island's code held back, so the screen shows the server HTML alone. */
async function openWithIslandHeld(page: Page) {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/QuizIsland\.[^/]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(siteUrl(LESSON));
	const quiz = page.locator('.quiz');
	await quiz.scrollIntoViewIfNeeded();
	return { quiz, release };
}

describe('kuis sebelum dan sesudah island aktif', () => {
	const browser = useBrowserPage({ viewport: { width: 412, height: 915 } });

	test('HTML dari server sudah berbentuk satu soal, sama dengan sesudah hydration', async () => {
		const page = browser.page();
		const { quiz, release } = await openWithIslandHeld(page);
		expect(await quiz.locator('astro-island[ssr]').count()).toBe(1);
		expect(await quiz.locator('fieldset:visible').count()).toBe(1);
		const before = { counter: await quiz.locator('.quiz-counter').innerText(), prompt: await quiz.locator('.quiz-prompt').innerText(), height: (await quiz.boundingBox())?.height };
		expect(before.counter).toMatch(/^Soal 1 dari \d+$/);

		release();
		await waitForHydration(quiz);
		expect(await quiz.locator('.quiz-counter').innerText()).toBe(before.counter);
		expect(await quiz.locator('.quiz-prompt').innerText()).toBe(before.prompt);
		expect((await quiz.boundingBox())?.height).toBe(before.height);
	});

	test('pilihan yang diketuk sebelum island aktif tetap terpilih dan bisa diperiksa', async () => {
		const page = browser.page();
		const { quiz, release } = await openWithIslandHeld(page);
		const option = quiz.locator('.quiz-option').nth(1);
		const chosen = await option.innerText();
		await option.click();
		// "Periksa jawaban" before hydration must not reload the page or put answers in its URL.
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		expect(new URL(page.url()).search).toBe('');

		release();
		await waitForHydration(quiz);
		await expect.poll(() => quiz.locator('.quiz-option', { hasText: chosen }).locator('input').isChecked()).toBe(true);
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		await expect.poll(() => quiz.locator('.quiz-feedback').innerText()).toMatch(/Benar\.|Belum tepat\./);
		expect(browser.pageErrors()).toEqual([]);
	});
});
