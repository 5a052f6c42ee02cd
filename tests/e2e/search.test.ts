import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import type { Page } from 'playwright-core';
import { siteUrl } from './support/site';

async function openSearch(page: Page) {
	await page.getByRole('button', { name: /^Pencarian/ }).click();
	await page.locator('.pagefind-ui__search-input').waitFor();
}

/** Query the built Pagefind index in the page and return the text of the top results. */
async function searchIndex(page: Page, query: string): Promise<string[]> {
	// A string, not a function: the test runner would rewrite a function's dynamic import().
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)});
		const data = await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
		return data.map((entry) => entry.content);
	})()`);
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

	test('quiz questions and answers stay out of the search index', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/belajar/apa-itu-netralitas/'));
		const prompt = await page.locator('.quiz .quiz-prompt').first().innerText();
		const hits = await searchIndex(page, prompt);
		for (const content of hits) expect(content).not.toContain(prompt);
	});
});
