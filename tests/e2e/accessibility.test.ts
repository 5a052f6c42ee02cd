import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { sitemapPaths } from '../dist/support/built-site';
import { findAxeViolations, siteUrl } from './support/site';

// The sitemap's pages and the 404 page: every page a reader can land on. Each load is also the
// suite's check that no page breaks the Content Security Policy (see useBrowserPage).
const paths = [...sitemapPaths(), '/404.html'];

describe('aksesibilitas', () => {
	const browser = useBrowserPage({ isContextShared: true });

	test('the check itself finds a violation where there is one', async () => {
		const page = browser.page();
		await page.setContent('<!doctype html><html lang="id"><title>x</title><main><img src="data:,"></main></html>');
		expect((await findAxeViolations(page)).map((violation) => violation.id)).toContain('image-alt');
	});

	test.each(paths)('halaman %s lolos pemeriksaan axe tanpa pelanggaran', async (path) => {
		const page = browser.page();
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		expect(await findAxeViolations(page)).toEqual([]);
		expect(browser.pageErrors()).toEqual([]);
	});
});
