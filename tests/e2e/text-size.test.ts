import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl, waitForHydration } from './support/site';

const LESSON = '/belajar/apa-itu-netralitas/';
const KEY = 'netralitas:ukuran-teks:v1';

// Runs before the page's own scripts: notes the text size <html> carries when <body> first appears,
// i.e. before anything of the page could be painted.
const RECORD_SIZE_AT_BODY = () => {
	new MutationObserver((_, observer) => {
		if (!document.body) return;
		(window as unknown as { sizeAtBody: string | null }).sizeAtBody = document.documentElement.getAttribute('data-text-size');
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
};

describe('ukuran teks A / A+ / A++', () => {
	const browser = useBrowserPage({ viewport: { width: 412, height: 915 } });

	test('pembaca memilih A++; pilihannya tersimpan dan berlaku sebelum halaman tampil saat dibuka lagi', async () => {
		const page = browser.page();
		await page.addInitScript(RECORD_SIZE_AT_BODY);
		await page.goto(siteUrl(LESSON));
		const prose = page.locator('.sl-markdown-content p').first();
		const normalHeight = (await prose.boundingBox())?.height ?? 0;
		await page.getByRole('button', { name: 'Menu' }).click();
		await page.getByRole('radio', { name: 'Ukuran teks lebih besar' }).check();
		expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe('{"level":"lebih-besar"}');
		await page.keyboard.press('Escape');
		expect((await prose.boundingBox())?.height ?? 0).toBeGreaterThan(normalHeight * 1.15);
		// Nothing of the page is wider than the phone at the larger size.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);

		await page.reload();
		expect(await page.evaluate(() => (window as unknown as { sizeAtBody: string | null }).sizeAtBody)).toBe('lebih-besar');
		// Both copies of the setting (header and phone menu) show the choice.
		const copies = page.getByRole('radio', { name: 'Ukuran teks lebih besar', includeHidden: true });
		expect(await copies.count()).toBe(2);
		for (const copy of await copies.all()) expect(await copy.isChecked()).toBe(true);
	});

	test('kuis dan cetakan ikut ukuran teks yang dipilih', async () => {
		const page = browser.page();
		const measure = async () => {
			await page.goto(siteUrl(LESSON));
			const quiz = page.locator('.quiz');
			await quiz.scrollIntoViewIfNeeded();
			await waitForHydration(quiz);
			const option = (await quiz.locator('.quiz-option').first().boundingBox())?.height ?? 0;
			await page.emulateMedia({ media: 'print' });
			const printed = (await page.locator('.sl-markdown-content p').first().boundingBox())?.height ?? 0;
			await page.emulateMedia({ media: 'screen' });
			return { option, printed };
		};
		const normal = await measure();
		await page.evaluate((key) => localStorage.setItem(key, '{"level":"besar"}'), KEY);
		const larger = await measure();
		expect(larger.option).toBeGreaterThan(normal.option * 1.1);
		expect(larger.printed).toBeGreaterThan(normal.printed * 1.1);
	});

	test('nilai rusak di penyimpanan diabaikan: teks tampil biasa dan kuncinya dibersihkan', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		await page.evaluate((key) => localStorage.setItem(key, '{"level":"raksasa"}'), KEY);
		await page.goto(siteUrl(LESSON));
		expect(await page.evaluate(() => document.documentElement.getAttribute('data-text-size'))).toBe(null);
		await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(null);
		expect(browser.pageErrors()).toEqual([]);
	});
});
