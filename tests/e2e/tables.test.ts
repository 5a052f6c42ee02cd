import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { sitemapPaths } from '../dist/support/built-site';
import { siteUrl } from './support/site';

interface TableFit {
	right: number;
	scrollWidth: number;
	clientWidth: number;
	overflowX: string;
	hasCue: boolean;
	narrowestCell: number;
}

describe('tabel di layar ponsel 360 px', () => {
	const browser = useBrowserPage({ viewport: { width: 360, height: 800 } });

	test('setiap tabel muat di layar atau bergeser di kotaknya sendiri dengan tanda, dan tidak ada yang terpotong', async () => {
		const page = browser.page();
		let pagesWithTables = 0;
		for (const path of sitemapPaths()) {
			await page.goto(siteUrl(path));
			const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(pageWidth, `${path}: the page itself scrolls sideways`).toBeLessThanOrEqual(360);
			const tables: TableFit[] = await page.locator('main table').evaluateAll((elements) =>
				// Slides hide all but the current one; presenter.test.ts checks they fit the projector.
				elements.filter((table) => table.checkVisibility()).map((table) => {
					const style = getComputedStyle(table);
					return {
						right: table.getBoundingClientRect().right,
						scrollWidth: table.scrollWidth,
						clientWidth: table.clientWidth,
						overflowX: style.overflowX,
						hasCue: style.backgroundImage.includes('gradient'),
						narrowestCell: Math.min(...[...table.querySelectorAll('td')].map((cell) => cell.getBoundingClientRect().width)),
					};
				}),
			);
			if (tables.length > 0) pagesWithTables++;
			for (const [index, table] of tables.entries()) {
				const where = `${path} table ${index + 1}`;
				expect(table.right, `${where} reaches past the screen`).toBeLessThanOrEqual(360);
				if (table.scrollWidth > table.clientWidth) {
					expect(['auto', 'scroll'], `${where} is wider than its box but does not scroll`).toContain(table.overflowX);
					expect(table.hasCue, `${where} scrolls without a visible cue`).toBe(true);
				}
				expect(table.narrowestCell, `${where} squeezes a column to a few letters`).toBeGreaterThanOrEqual(36);
			}
		}
		expect(pagesWithTables).toBeGreaterThanOrEqual(4);
		// One browser page walks all ~120 pages (a fresh context per page costs ten times as much);
		// about 15 s on a quiet machine, so allow for a loaded one.
	}, 240_000);
});
