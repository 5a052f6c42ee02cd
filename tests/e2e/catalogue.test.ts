import { describe, expect, test } from 'vitest';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { loadCollection } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const acts = loadCollection('prohibited-acts', ProhibitedActSchema);
const mediaSocialCount = acts.filter((act) => act.data.contexts.includes('media-sosial')).length;

describe('katalog "Boleh atau tidak?"', () => {
	const browser = useBrowserPage();

	test('dari beranda, setiap larangan dengan sanksi dan pasalnya terlihat setelah satu klik', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/'));
		await page.getByRole('main').getByRole('link', { name: /Boleh atau tidak\?/ }).first().click();
		await page.waitForURL(/\/larangan\/$/);
		for (const act of acts) {
			const card = page.locator(`li.act[id="${act.id}"]`);
			expect(await card.locator('h3').innerText()).toBe(act.data.title);
			expect(await card.innerText()).toContain(act.data.sanction.text);
			expect(await card.getByRole('link').count()).toBe(act.data.legalBasis.length);
		}
	});

	test('pembaca menyaring katalog dengan keyboard saja', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/larangan/'));
		const status = page.locator('.catalogue-count');
		await expect.poll(() => status.innerText()).toBe(`Menampilkan ${acts.length} dari ${acts.length} larangan.`);
		await page.locator('#saring-konteks').focus();
		await page.keyboard.press('ArrowDown');
		expect(await page.locator('#saring-konteks').inputValue()).toBe('media-sosial');
		await expect.poll(() => status.innerText()).toBe(`Menampilkan ${mediaSocialCount} dari ${acts.length} larangan.`);
		expect(page.url()).toContain('konteks=media-sosial');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('saring-kata');
		await page.keyboard.type('foto');
		await expect.poll(async () => page.locator('li.act:visible').count()).toBeLessThan(mediaSocialCount);
		for (const card of await page.locator('li.act:visible').allInnerTexts()) expect(card.toLowerCase()).toContain('foto');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hapus saringan');
		await page.keyboard.press('Enter');
		await expect.poll(() => status.innerText()).toBe(`Menampilkan ${acts.length} dari ${acts.length} larangan.`);
		expect(page.url()).not.toContain('?');
	});

	test('a shared link opens the catalogue already filtered, and typed markup stays text', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/larangan/?konteks=media-sosial&cari=%3Cimg%20src%3Dx%3E'));
		await expect.poll(() => page.locator('#saring-kata').inputValue()).toBe('<img src=x>');
		expect(await page.locator('.catalogue img').count()).toBe(0);
		expect(await page.locator('.catalogue-empty').innerText()).toMatch(/Tidak ada larangan yang cocok/);
		expect(await findAxeViolations(page)).toEqual([]);
	});
});

describe('katalog tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false });

	test('pembaca tanpa JavaScript melihat daftar lengkap tanpa kontrol yang tidak berfungsi', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/larangan/'));
		expect(await page.locator('li.act:visible').count()).toBe(acts.length);
		expect(await page.locator('.catalogue-filter').isVisible()).toBe(false);
	});
});
