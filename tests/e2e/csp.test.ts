import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { DIST, siteUrl } from './support/site';

/** Every HTML page the build wrote, as a site path: sitemap pages, presentations, 404. */
function listBuiltPages(dir = DIST): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listBuiltPages(path);
		if (!entry.name.endsWith('.html')) return [];
		return [`/${relative(DIST, path)}`.replace(/index\.html$/, '')];
	});
}

/** The policy's directives by name, read from the page's <meta http-equiv>. */
function parsePolicy(content: string): Map<string, string[]> {
	return new Map(
		content
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((tokens) => tokens[0])
			.map(([name, ...values]) => [name ?? '', values]),
	);
}

describe('Content Security Policy', () => {
	const browser = useBrowserPage({ viewport: { width: 412, height: 915 } });

	test('setiap halaman memuat kebijakan yang ketat dan tidak melanggarnya', async () => {
		const page = browser.page();
		const pages = listBuiltPages();
		expect(pages.length).toBeGreaterThan(60);
		for (const path of pages) {
			await page.goto(siteUrl(path), { waitUntil: 'load' });
			const content = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			const policy = parsePolicy(content ?? '');
			const scripts = policy.get('script-src') ?? [];
			expect(scripts, path).toContain("'self'");
			expect(scripts.filter((source) => /^'unsafe-(inline|eval)'$|^\*$|^https?:$|^data:$/.test(source)), path).toEqual([]);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			expect(policy.get('style-src-attr')?.includes("'unsafe-inline'"), path).toBe(false);
			expect(browser.cspViolations(), path).toEqual([]);
		}
		// About 80 pages: allow for a loaded machine.
	}, 300_000);

	test('pencarian, tema, dan ukuran huruf bekerja di bawah kebijakan', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/belajar/media-sosial/'));
		await page.getByRole('button', { name: /^Pencarian/ }).click();
		await page.locator('.pagefind-ui__search-input').fill('kampanye');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		await page.keyboard.press('Escape');
		await page.locator('starlight-theme-select select').first().selectOption('dark', { force: true });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(browser.cspViolations()).toEqual([]);
	});

	test('pelanggaran kebijakan memang terdeteksi: skrip sisipan ditolak', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true;';
			document.body.append(script);
		});
		await expect.poll(() => browser.cspViolations().length).toBeGreaterThan(0);
		expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
		browser.cspViolations().length = 0;
	});
});
