import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_PATH } from './support/chromium';
import { siteUrl } from './support/site';

interface AppManifest {
	url: string;
	errors: { message: string; critical: number }[];
	parsed?: { name?: string; short_name?: string; theme_color?: string; icons?: { sizes: string; purpose: string }[] };
}

describe('pasang sebagai aplikasi', () => {
	// Lighthouse 12 dropped its "installable-manifest" audit; it asked Chromium this same question
	// (Page.getInstallabilityErrors), so the test asks it directly. Installability is never
	// offered in an incognito profile, hence a throwaway persistent one.
	test('Chromium menilai situs bisa dipasang: manifest berbahasa Indonesia, ikon, dan warna tema', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'netralitas-install-'));
		const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
			const cdp = await context.newCDPSession(page);
			const manifest = (await cdp.send('Page.getAppManifest', {})) as AppManifest;
			expect(new URL(manifest.url).pathname).toBe('/manifest.webmanifest');
			expect(manifest.errors).toEqual([]);
			const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
			expect(installabilityErrors).toEqual([]);

			const parsed = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
			expect(parsed.lang).toBe('id');
			expect(parsed.short_name.length).toBeLessThanOrEqual(12);
			expect(parsed.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
			expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(parsed.theme_color);
			const sizes = (purpose: string) => parsed.icons.filter((icon: { purpose: string }) => icon.purpose === purpose).map((icon: { sizes: string }) => icon.sizes);
			expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
			expect(sizes('maskable')).toEqual(expect.arrayContaining(['512x512']));
			for (const icon of parsed.icons) {
				const size = await page.evaluate(async (src: string) => {
					const bitmap = await createImageBitmap(await (await fetch(src)).blob());
					return `${bitmap.width}x${bitmap.height}`;
				}, icon.src);
				expect(size, icon.src).toBe(icon.sizes);
			}
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});
});
