import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CHANNEL_IDS, channelAnchor } from '~/lib/report/route-report';
import { REPORT_NOTE_KEY } from '~/lib/report/report-note';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

/** The channel sections a reader can see, in page order. */
const visibleChannels = (page: Page) =>
	page.locator('[data-report-channel]:visible').evaluateAll((sections) => sections.map((section) => (section as HTMLElement).dataset.reportChannel));

describe('"Ke mana melapor?"', () => {
	const browser = useBrowserPage({ viewport: { width: 412, height: 915 } });

	test('pembaca yang tidak tahu NIP atasannya diarahkan ke SP4N-LAPOR!, dengan keyboard saja', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/lapor/'));
		expect(await visibleChannels(page)).toEqual([...CHANNEL_IDS]);
		const status = page.locator('[data-report-status]');
		expect(await status.innerText()).toMatch(/Jawab keempat pertanyaan/);

		// Tab into each group and pick with the arrow keys, as a keyboard user does.
		await page.getByRole('radio', { name: 'Atasan saya sendiri' }).focus();
		await page.keyboard.press('Space');
		await page.getByRole('radio', { name: /Sesudah calon ditetapkan/ }).focus();
		await page.keyboard.press('Space');
		await page.getByRole('group', { name: 'Apakah Anda tahu NIP atau NIK orang itu?' }).getByRole('radio', { name: 'Tidak' }).focus();
		await page.keyboard.press('Space');
		await page.getByRole('radio', { name: 'Ya, saya ingin tetap anonim' }).focus();
		await page.keyboard.press('Space');

		await expect.poll(() => status.innerText()).toMatch(/Saluran yang cocok/);
		const route = page.locator('[data-report-route]');
		expect(await route.locator('[data-route-primary]:visible').allInnerTexts()).toEqual([expect.stringMatching(/^SP4N-LAPOR!/)]);
		expect(await route.locator('[data-route-also]:visible').allInnerTexts()).toEqual([expect.stringMatching(/^Bawaslu/)]);
		expect(await route.innerText()).toMatch(/belum menemukan keterangan resmi apakah SBT/);
		expect(await route.innerText()).toMatch(/Per 1 Desember 2026/);
		// Anonymous readers are not sent to anyone's superior, and SBT (which needs the NIP) is not offered.
		expect(await visibleChannels(page)).toEqual(['sp4n-lapor', 'bawaslu']);

		await page.getByRole('button', { name: 'Tampilkan semua saluran' }).click();
		expect(await visibleChannels(page)).toEqual([...CHANNEL_IDS]);
		await route.getByRole('link', { name: 'SP4N-LAPOR!' }).click();
		expect(page.url()).toContain(`#${channelAnchor('sp4n-lapor')}`);
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('catatan tetap ada setelah halaman dimuat ulang, dan teks yang diketik tampil sebagai teks', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/lapor/'));
		await page.getByLabel('Kapan').fill('Selasa, 1 Desember 2026, 21.00');
		await page.getByLabel('Di mana').fill('Grup WhatsApp dinas');
		await page.getByLabel('Siapa yang terlibat').fill('<img src=x onerror="window.injected=1">');
		await page.getByLabel('Apa yang terjadi').fill('Mengirim poster calon\ndan meminta disebarkan');
		await expect.poll(() => page.locator('[data-note-status]').innerText()).toBe('Tersimpan di perangkat ini.');

		await page.reload();
		expect(await page.getByText('Catatan memerlukan JavaScript').isVisible()).toBe(false);
		expect(await page.getByLabel('Kapan').inputValue()).toBe('Selasa, 1 Desember 2026, 21.00');
		expect(await page.getByLabel('Apa yang terjadi').inputValue()).toBe('Mengirim poster calon\ndan meminta disebarkan');
		const preview = page.locator('[data-note-preview]');
		expect(await preview.innerText()).toContain('Siapa yang terlibat: <img src=x onerror="window.injected=1">');
		expect(await preview.innerText()).toContain('Di mana: Grup WhatsApp dinas');
		expect(await page.locator('.report-note img').count()).toBe(0);
		expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
		const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), REPORT_NOTE_KEY)) ?? '{}');
		expect(stored.version).toBe(1);
		expect(stored.fields.tempat).toBe('Grup WhatsApp dinas');
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('catatan dapat disalin, dicetak tanpa kolom isian, dan dihapus dari perangkat', async () => {
		const page = browser.page();
		await browser.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl('/')).origin });
		await page.goto(siteUrl('/lapor/'));
		await page.getByLabel('Tautan').fill('https://contoh.test/unggahan/1');
		await page.getByRole('button', { name: 'Salin catatan' }).click();
		await expect.poll(() => page.locator('[data-note-status]').innerText()).toBe('Catatan disalin.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('Tautan: https://contoh.test/unggahan/1');
		expect(copied).toContain('Kapan: -');

		// The "Cetak" button prints the route and the note only; stand in for the print dialog.
		await page.evaluate(() => {
			window.print = () => document.body.dataset.printCalled = 'ya';
		});
		await page.getByRole('button', { name: 'Cetak' }).click();
		expect(await page.evaluate(() => document.body.dataset.printCalled)).toBe('ya');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.report-note-form').isVisible()).toBe(false);
		expect(await page.locator('.report-note-actions').isVisible()).toBe(false);
		expect(await page.locator('[data-note-preview]').isVisible()).toBe(true);
		expect(await visibleChannels(page)).toEqual([]);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		expect(await visibleChannels(page)).toEqual([...CHANNEL_IDS]);
		await page.emulateMedia({ media: 'screen' });

		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Hapus catatan' }).click();
		await expect.poll(() => page.locator('[data-note-status]').innerText()).toBe('Catatan dihapus dari perangkat ini.');
		expect(await page.evaluate((key) => localStorage.getItem(key), REPORT_NOTE_KEY)).toBeNull();
		expect(await page.getByLabel('Tautan').inputValue()).toBe('');
	});

	test('catatan yang rusak di penyimpanan diganti catatan kosong tanpa galat', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/lapor/'));
		await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"fields":'), REPORT_NOTE_KEY);
		await page.reload();
		expect(await page.locator('[data-note-preview]').innerText()).toBe('Catatan masih kosong.');
		expect(await page.evaluate((key) => localStorage.getItem(key), REPORT_NOTE_KEY)).toBeNull();
		expect(browser.pageErrors()).toEqual([]);
	});
});

describe('"Ke mana melapor?" tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });

	test('menampilkan daftar semua saluran tanpa formulir yang tidak berfungsi', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/lapor/'));
		expect(await visibleChannels(page)).toEqual([...CHANNEL_IDS]);
		expect(await page.locator('[data-report-finder]').isVisible()).toBe(false);
		expect(await page.locator('[data-report-note]').isVisible()).toBe(false);
		expect(await page.getByText('Catatan memerlukan JavaScript').isVisible()).toBe(true);
	});
});
