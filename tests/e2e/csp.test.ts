import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';

// The policy each page carries is read from dist/ (tests/dist/csp.test.ts). That no page breaks it
// on load is checked where every page is loaded anyway: the axe test, whose browser hook fails any
// test on a violation. What stays here needs interaction, and proves that the hook sees violations.
describe('Content Security Policy', () => {
	const browser = useBrowserPage({ viewport: { width: 412, height: 915 } });

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

	test('the XLSX export can zip a large roster: a worker from a blob: URL starts under the policy', async () => {
		// fflate (inside write-excel-file) compresses a sheet over 160 KB in such a worker; refused,
		// the export of a roster of about 800 or more hung at "Mengekspor…".
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/periksa/'));
		const reply = await page.evaluate(
			() =>
				new Promise<string>((resolve) => {
					const url = URL.createObjectURL(new Blob(['postMessage("siap")'], { type: 'text/javascript' }));
					const worker = new Worker(url);
					worker.onmessage = (event) => resolve(String(event.data));
					worker.onerror = () => resolve('ditolak');
					setTimeout(() => resolve('tidak menjawab'), 5000);
				}),
		);
		expect(reply).toBe('siap');
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
