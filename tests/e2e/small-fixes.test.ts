import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';

describe('pemilih tema', () => {
	const browser = useBrowserPage({ viewport: { width: 1920, height: 1080 } });

	test('label "Otomatis" terbaca utuh, tidak terpotong menjadi "Oto…"', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		const select = page.locator('header starlight-theme-select select');
		expect(await select.inputValue()).toBe('auto');
		// The text fits the select's own box: no ellipsis.
		const fit = await select.evaluate((element) => {
			const probe = document.createElement('span');
			probe.textContent = (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '';
			probe.style.font = getComputedStyle(element).font;
			document.body.append(probe);
			const textWidth = probe.getBoundingClientRect().width;
			probe.remove();
			const style = getComputedStyle(element);
			const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
			return { textWidth, room };
		});
		expect(fit.textWidth).toBeGreaterThan(20);
		expect(fit.textWidth).toBeLessThanOrEqual(fit.room);
	});
});

describe('halaman periksa tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });

	test('tidak menampilkan tombol yang tampak hidup dan tidak bisa mengirim nama atau NIP ke URL', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/periksa/'));
		const checker = page.locator('.receipt-checker');
		expect(await checker.getByRole('button').count()).toBe(0);
		expect(await checker.getByRole('textbox').count()).toBe(0);
		expect(await checker.innerText()).toMatch(/memerlukan JavaScript/);
		// Nothing visible on the page can submit a form to the address bar.
		expect(await page.locator('main form:visible').count()).toBe(0);
	});
});
