import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';

/** Print the page to an A4 PDF, as Chromium's print dialog would, and count its pages. */
async function countPrintedPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

describe('cetak', () => {
	const browser = useBrowserPage();

	test.each(['/cetak/larangan/', '/cetak/sanksi/', '/ikrar/pakta-integritas/'])('lembar cetak %s muat dalam satu halaman A4', async (path) => {
		const page = browser.page();
		await page.goto(siteUrl(path));
		expect(await countPrintedPages(page)).toBe(1);
	});

	test('a printed lesson has no header, search or navigation, shows where links go, and keeps table rows whole', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/hukum/skb-2022/'));
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header.header', 'nav.sidebar', 'site-search', '.right-sidebar-container', '.offline-status']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		const citationAfter = await page.locator('.sl-markdown-content a.citation').first().evaluate((link) => getComputedStyle(link, '::after').content);
		expect(citationAfter).toMatch(/\(\/hukum\/[a-z0-9-]+\/#?[a-z0-9-]*\)/);
		expect(await page.locator('.skb-table tr').first().evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
		expect(await page.locator('.skb-table thead').first().evaluate((head) => getComputedStyle(head).display)).toBe('table-header-group');
	});
});
