import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { DIST, siteUrl, waitForHydration } from './support/site';

describe('tanpa internet', () => {
	const browser = useBrowserPage({ serviceWorkers: 'allow' });

	test('pembaca membuka situs sekali, lalu membaca, mencari, dan mengerjakan kuis tanpa internet', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		const status = page.locator('[data-offline-status]');
		await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
		expect(await status.innerText()).toMatch(/bisa dibaca tanpa internet/);

		await browser.context().setOffline(true);
		await page.goto(siteUrl('/belajar/media-sosial/'));
		expect(await page.locator('h1').innerText()).toMatch(/Media Sosial/i);
		await expect.poll(() => status.getAttribute('data-state')).toBe('offline-ready');

		await page.getByRole('button', { name: /^Pencarian/ }).click();
		await page.locator('.pagefind-ui__search-input').fill('kampanye');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });

		await page.goto(siteUrl('/belajar/sanksi/?seed=offline'));
		const quiz = page.locator('.quiz');
		await quiz.scrollIntoViewIfNeeded();
		await waitForHydration(quiz);
		await quiz.locator('.quiz-option').first().click();
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		await expect.poll(() => quiz.locator('.quiz-feedback').innerText()).toMatch(/Benar\.|Belum tepat\./);

		await page.goto(siteUrl('/ikrar/periksa/'));
		expect(await page.getByRole('button', { name: 'Periksa', exact: true }).count()).toBe(1);
		await browser.context().setOffline(false);
	});

	test('versi baru situs ditawarkan, dan dipakai setelah pembaca menyetujuinya', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		const status = page.locator('[data-offline-status]');
		await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
		const swFile = join(DIST, 'sw.js');
		const original = readFileSync(swFile, 'utf8');
		try {
			// Any change to sw.js is a new version to the browser, as after a new build.
			writeFileSync(swFile, `${original}\n// versi uji ${Date.now()}\n`);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
			await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('update');
			expect(await status.innerText()).toMatch(/Versi baru/);
			await Promise.all([page.waitForEvent('load'), status.getByRole('button', { name: 'Muat versi baru' }).click()]);
			await expect.poll(() => page.locator('[data-offline-status]').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
		} finally {
			writeFileSync(swFile, original);
		}
	});
});
