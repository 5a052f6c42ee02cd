import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { DIST, siteUrl, waitForHydration } from './support/site';

/** Open a page and wait until the service worker controls it and has kept the page. */
async function openAndWaitForWorker(page: Page, path: string) {
	await page.goto(siteUrl(path));
	await expect.poll(() => page.locator('[data-offline-status]').getAttribute('data-state'), { timeout: 30_000 }).toBe('ready');
}

describe('tanpa internet', () => {
	const browser = useBrowserPage({ serviceWorkers: 'allow' });

	test('pembaca menyimpan seluruh situs, lalu membaca, mencari, mengerjakan kuis, memeriksa tanda terima, dan menayangkan salindia tanpa internet', async () => {
		const page = browser.page();
		await openAndWaitForWorker(page, '/');
		const copy = page.locator('[data-offline-copy]');
		const save = copy.getByRole('button', { name: /^Simpan untuk dibaca offline \(\d/ });
		await save.click();
		await expect.poll(() => copy.getAttribute('data-copy-state'), { timeout: 60_000 }).toBe('complete');
		expect(await copy.innerText()).toMatch(/Seluruh situs tersimpan .*materi, kuis, pencarian, pemeriksa tanda terima, dan salindia/);

		await browser.context().setOffline(true);
		await page.goto(siteUrl('/belajar/media-sosial/'));
		expect(await page.locator('h1').innerText()).toMatch(/Media Sosial/i);
		await expect.poll(() => page.locator('[data-offline-status]').getAttribute('data-state')).toBe('offline-ready');

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
		// The checker island runs offline: without an event on this device it asks for one.
		await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/belum menyimpan acara/);

		await page.goto(siteUrl('/presentasi/belajar/apa-itu-netralitas/'));
		expect(await page.locator('.slide').count()).toBeGreaterThan(1);
		await browser.context().setOffline(false);
	});

	test('tanpa menyimpan, halaman yang sudah dibaca tetap terbuka, dan halaman lain menampilkan halaman cadangan situs', async () => {
		const page = browser.page();
		await openAndWaitForWorker(page, '/belajar/sanksi/');
		await page.goto(siteUrl('/kuis/'));
		await browser.context().setOffline(true);

		await page.goto(siteUrl('/belajar/sanksi/'));
		expect(await page.locator('h1').innerText()).toMatch(/Sanksi/i);
		await page.goto(siteUrl('/kuis/'));
		expect(await page.locator('h1').innerText()).toMatch(/Kuis/i);

		await page.goto(siteUrl('/belajar/media-sosial/'));
		expect(await page.locator('h1').innerText()).toBe('Halaman tidak tersedia');
		expect(await page.locator('[data-fallback-reason]').innerText()).toMatch(/offline, dan halaman ini belum tersimpan/);
		await expect.poll(() => page.locator('[data-saved-for="/kuis/"]').getAttribute('data-saved')).toBe('true');
		expect(await page.locator('[data-saved-for="/larangan/"]').getAttribute('data-saved')).toBe('false');
		expect(await page.locator('[data-offline-copy]').innerText()).toMatch(/hanya bisa disimpan saat tersambung/);
		await browser.context().setOffline(false);
	});

	test('menyimpan bisa dibatalkan lalu dilanjutkan tanpa mengunduh ulang yang sudah tersimpan', async () => {
		const page = browser.page();
		await openAndWaitForWorker(page, '/');
		const copy = page.locator('[data-offline-copy]');
		const total = JSON.parse(readFileSync(join(DIST, 'offline-copy-summary.json'), 'utf8')).files as number;
		await copy.getByRole('button', { name: /^Simpan untuk dibaca offline/ }).click();
		await expect.poll(async () => Number(await copy.getAttribute('data-fetched-files')), { timeout: 30_000 }).toBeGreaterThan(10);
		await copy.getByRole('button', { name: 'Batalkan' }).click();
		await expect.poll(() => copy.getAttribute('data-copy-state')).toBe('partial');
		expect(await copy.innerText()).toMatch(/Sebagian situs tersimpan/);

		// A reload keeps the record: the reader resumes on any page.
		await page.goto(siteUrl('/larangan/'));
		await copy.getByRole('button', { name: 'Lanjutkan menyimpan' }).click();
		await expect.poll(() => copy.getAttribute('data-copy-state'), { timeout: 60_000 }).toBe('complete');
		expect(Number(await copy.getAttribute('data-fetched-files'))).toBeLessThan(total - 10);
	});

	test('alamat yang tidak ada menampilkan halaman cadangan situs', async () => {
		const page = browser.page();
		const response = await page.goto(siteUrl('/tidak-ada-halaman-ini/'));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').innerText()).toBe('Halaman tidak tersedia');
		expect(await page.locator('[data-fallback-reason]').innerText()).toMatch(/alamat ini tidak ada/);
	});

	test('versi baru situs ditawarkan, dan dipakai setelah pembaca menyetujuinya', async () => {
		const page = browser.page();
		await openAndWaitForWorker(page, '/');
		const status = page.locator('[data-offline-status]');
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
