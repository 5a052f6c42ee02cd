import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import type { Page } from 'playwright-core';
import { siteUrl } from './support/site';

async function openSearch(page: Page) {
	await page.getByRole('button', { name: /^Pencarian/ }).click();
	await page.locator('.pagefind-ui__search-input').waitFor();
}

describe('pencarian', () => {
	const browser = useBrowserPage();

	test('pembaca mencari "berkampanye" dan menemukan halaman yang menyebut "kampanye"', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		await openSearch(page);
		await page.locator('.pagefind-ui__search-input').fill('berkampanye');
		const firstResult = page.locator('.pagefind-ui__result-link').first();
		await firstResult.waitFor({ timeout: 15_000 });
		const href = await firstResult.getAttribute('href');
		expect(href).toMatch(/^\/[a-z0-9/-]+\/$/);
		await page.goto(siteUrl(href ?? '/'));
		expect((await page.locator('main').innerText()).toLowerCase()).toContain('kampanye');
	});

	test('the search UI speaks Indonesian', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		await openSearch(page);
		await page.locator('.pagefind-ui__search-input').fill('zzzqqq');
		await expect.poll(() => page.locator('.pagefind-ui__message').innerText(), { timeout: 15_000 }).toMatch(/Tidak ada hasil untuk/);
	});

	test('pembaca mengetik sebelum tampilan pencarian selesai dimuat, dan ketikannya tidak hilang', async () => {
		const page = browser.page();
		// Hold Pagefind's UI chunk back, as a slow phone link would.
		await page.route('**/_astro/ui-core.*', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await route.continue();
		});
		await page.goto(siteUrl('/'));
		await page.getByRole('button', { name: /^Pencarian/ }).click();
		const early = page.locator('[data-search-early] input');
		await expect.poll(() => early.evaluate((input) => input === document.activeElement)).toBe(true);
		await page.keyboard.type('kampanye');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		expect(await early.count()).toBe(0);
		const input = page.locator('.pagefind-ui__search-input');
		expect(await input.inputValue()).toBe('kampanye');
		expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
	});

	test('what is typed before the UI has loaded already fetches its part of the index', async () => {
		const page = browser.page();
		let isIndexRequested = false;
		page.on('request', (request) => {
			if (/\/pagefind\/index\/.+\.pf_index$/.test(new URL(request.url()).pathname)) isIndexRequested = true;
		});
		// Pagefind's UI chunk is held back until the index is asked for: without the early input's
		// preload nothing asks, and the results never come.
		await page.route('**/_astro/ui-core.*', async (route) => {
			await expect.poll(() => isIndexRequested, { timeout: 15_000 }).toBe(true);
			await route.continue();
		});
		await page.goto(siteUrl('/'));
		await page.getByRole('button', { name: /^Pencarian/ }).click();
		await page.keyboard.type('kampanye', { delay: 80 });
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 25_000 });
		expect(await page.locator('.pagefind-ui__search-input').inputValue()).toBe('kampanye');
	});

	test('the first pointer on the search button starts the UI and the engine together', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.getByRole('button', { name: /^Pencarian/ }).hover();
		await expect.poll(() => requested.some((path) => path.includes('wasm.id.pagefind')), { timeout: 15_000 }).toBe(true);
		expect(requested.some((path) => /\/_astro\/ui-core\./.test(path))).toBe(true);
		expect(requested).toContain('/pagefind/pagefind.js');
		// The engine runs on the page's thread (see site-search.ts): no worker script to wait for.
		expect(requested).not.toContain('/pagefind/pagefind-worker.js');
	});
});
