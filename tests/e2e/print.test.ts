import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';

/** Print the page to an A4 PDF, as Chromium's print dialog would. */
function printToPdf(page: Page): Promise<Buffer> {
	return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
}

function countPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The text on the printed paper, read back from the PDF with poppler's pdftotext. */
function readPdfText(pdf: Buffer): string {
	const result = spawnSync(process.env.PDFTOTEXT ?? 'pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
	if (result.error) throw new Error('The print tests need pdftotext: run them through "npm test", which finds or installs poppler-utils.');
	return result.stdout;
}

/** The smallest font size, in points, of any visible text in the printed layout. */
async function smallestPrintedTextPt(page: Page, selector: string): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const px = await page.locator(selector).evaluate((root) => {
		const sizes: number[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!node.textContent?.trim() || !element?.checkVisibility()) continue;
			sizes.push(parseFloat(getComputedStyle(element).fontSize));
		}
		return Math.min(...sizes);
	});
	await page.emulateMedia({ media: 'screen' });
	return (px * 72) / 96;
}

describe('cetak', () => {
	const browser = useBrowserPage();

	test.each(['/cetak/larangan/', '/cetak/sanksi/', '/ikrar/pakta-integritas/'])('lembar cetak %s muat dalam satu halaman A4, huruf minimal 9 pt, tanpa petunjuk layar', async (path) => {
		const page = browser.page();
		await page.goto(siteUrl(path));
		const pdf = await printToPdf(page);
		expect(countPages(pdf)).toBe(1);
		expect(await smallestPrintedTextPt(page, '.handout')).toBeGreaterThanOrEqual(9);
		const text = readPdfText(pdf);
		expect(text).not.toMatch(/Ctrl\s*\+\s*P/);
		// The handout's own text did print (the check above is not vacuous).
		expect(text.length).toBeGreaterThan(400);
	});

	test('materi tercetak tanpa tombol Presentasi, dengan alamat tautan lengkap, dan tanpa judul kuis yang kosong', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/belajar/kampanye-dan-atribut/'));
		const text = readPdfText(await printToPdf(page));
		expect(text).toMatch(/Kampanye/);
		expect(text).not.toMatch(/Presentasi/);
		expect(text).not.toMatch(/Uji pemahaman/);
		expect(text).not.toMatch(/\(\/hukum\//);
		// Full addresses: the origin this build is for, then the path (pdftotext may wrap them).
		expect(text.replace(/\s+/g, '')).toMatch(/\(https?:\/\/[^/()]+\/hukum\/[a-z0-9-]+\//);
	});

	test('a printed lesson has no header, search or navigation, shows where links go, and keeps table rows whole', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/hukum/skb-2022/'));
		await page.emulateMedia({ media: 'print' });
		for (const selector of ['header.header', 'nav.sidebar', 'site-search', '.right-sidebar-container', '.offline-status', '.presenter-entry', '.reader-preferences']) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		const citationAfter = await page.locator('.sl-markdown-content a.citation').first().evaluate((link) => getComputedStyle(link, '::after').content);
		expect(citationAfter).toMatch(/\(https?:\/\/[^/]+\/hukum\/[a-z0-9-]+\/#?[a-z0-9-]*\)/);
		expect(await page.locator('.skb-table tr').first().evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid');
		expect(await page.locator('.skb-table thead').first().evaluate((head) => getComputedStyle(head).display)).toBe('table-header-group');
	});
});
