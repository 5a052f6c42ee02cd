import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, listSitemapPaths, siteUrl } from './support/site';

const paths = listSitemapPaths();

describe('aksesibilitas', () => {
	const browser = useBrowserPage();

	test.each(paths)('halaman %s lolos pemeriksaan axe tanpa pelanggaran', async (path) => {
		const page = browser.page();
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		expect(await findAxeViolations(page)).toEqual([]);
		expect(browser.pageErrors()).toEqual([]);
	});
});
