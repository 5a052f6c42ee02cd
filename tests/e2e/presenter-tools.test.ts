import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const DECK = '/presentasi/belajar/kampanye-dan-atribut/';
/** A section of that lesson with speaker notes. */
const SECTION_WITH_NOTES = 'hadir-di-kampanye-jangan';

/** Where the deck is: slide number in the URL, counter, and the open overlay. */
function deckPosition(page: Page) {
	return page.evaluate(() => ({
		hash: location.hash,
		counter: document.querySelector('[data-deck-counter]')?.textContent?.trim() ?? '',
		heading: [...document.querySelectorAll<HTMLElement>('[data-slide]')].find((slide) => !slide.hidden)?.querySelector('.slide-title-name, h2')?.textContent?.trim() ?? '',
		openDialog: document.querySelector<HTMLDialogElement>('dialog[open]')?.dataset.deckDialog ?? null,
	}));
}

async function slideWithoutNotes(page: Page): Promise<number> {
	const index = await page.evaluate(() => [...document.querySelectorAll('[data-slide]')].findIndex((slide) => !slide.querySelector('[data-slide-notes]')));
	expect(index).toBeGreaterThanOrEqual(0);
	return index + 1;
}

describe('jendela pembicara', () => {
	const browser = useBrowserPage({ viewport: { width: 1280, height: 800 } });

	async function openSpeaker(page: Page) {
		const popup = browser.context().waitForEvent('page');
		await page.keyboard.press('s');
		const speaker = await popup;
		await speaker.waitForLoadState();
		await speaker.waitForSelector('[data-deck][data-ready]');
		return speaker;
	}

	test('pemateri melihat catatan atau keterangan tanpa catatan, salindia berikutnya yang terbaca, jam, waktu berjalan, dan hitung mundur dengan tempo', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}#${SECTION_WITH_NOTES}`));
		const notes = (await page.locator('[data-slide]:not([hidden]) [data-slide-notes]').textContent())?.trim() ?? '';
		expect(notes.length).toBeGreaterThan(20);
		const speaker = await openSpeaker(page);
		const notesView = speaker.locator('[data-speaker-notes-view]');
		expect((await notesView.innerText()).trim()).toBe(notes);

		// The next slide reads at 18 px or more in a 1280x800 speaker window, and none of it is shrunk by a transform.
		const next = await speaker.evaluate(() => {
			const frame = document.querySelector<HTMLElement>('[data-speaker-next]');
			const texts = [...(frame?.querySelectorAll<HTMLElement>('h2, p, li, td, th') ?? [])].filter((element) => element.getBoundingClientRect().height > 0);
			return {
				sizes: texts.map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
				heading: frame?.querySelector('h2')?.textContent?.trim() ?? '',
				transforms: texts.map((element) => getComputedStyle(element).transform).filter((value) => value !== 'none'),
				visibleHeight: frame?.getBoundingClientRect().height ?? 0,
			};
		});
		expect(next.sizes.length).toBeGreaterThan(1);
		expect(Math.min(...next.sizes)).toBeGreaterThanOrEqual(18);
		expect(next.transforms).toEqual([]);
		expect(next.visibleHeight).toBeGreaterThan(250);
		const slideNumber = Number(new URL(speaker.url()).hash.slice(1));
		expect(next.heading).toBe(await page.locator('[data-slide]').nth(slideNumber).locator('h2').innerText());

		// Clock and elapsed time.
		expect(await speaker.locator('[data-speaker-clock]').innerText()).toMatch(/^\d\d\.\d\d$/);
		expect(await speaker.locator('[data-speaker-elapsed]').innerText()).toMatch(/^\d+:\d\d$/);

		// A countdown set by the presenter, with a pacing cue.
		expect(await speaker.locator('[data-speaker-countdown]').innerText()).toBe('belum diatur');
		await speaker.getByLabel('Lama sesi (menit)').fill('abc');
		await speaker.getByRole('button', { name: 'Mulai dari nol' }).click();
		expect(await speaker.locator('[data-speaker-minutes-error]').innerText()).toContain('1 sampai 480');
		await speaker.getByLabel('Lama sesi (menit)').fill('45');
		await speaker.getByRole('button', { name: 'Mulai dari nol' }).click();
		expect(await speaker.locator('[data-speaker-countdown]').innerText()).toMatch(/^4[45]:\d\d$/);
		expect(await speaker.locator('[data-speaker-elapsed]').innerText()).toMatch(/^0:0\d$/);
		const pace = speaker.locator('[data-speaker-pace]');
		// At 0:00 of 45 minutes on a slide past the first, the presenter is ahead of an even pace.
		expect(await pace.getAttribute('data-pace')).toBe('ahead');
		expect(await pace.innerText()).toMatch(/^lebih cepat \d+ salindia$/);
		await speaker.keyboard.press('Home');
		await expect.poll(() => pace.getAttribute('data-pace')).toBe('on-track');
		expect(await pace.innerText()).toBe('sesuai jadwal');

		// The countdown survives a reload of the speaker window.
		await speaker.reload();
		await speaker.waitForSelector('[data-deck][data-ready]');
		expect(await speaker.locator('[data-speaker-countdown]').innerText()).toMatch(/^4[45]:\d\d$/);

		// A slide without notes says so plainly.
		const plain = await slideWithoutNotes(page);
		await speaker.keyboard.type(String(plain));
		await speaker.keyboard.press('Enter');
		await expect.poll(async () => (await notesView.innerText()).trim()).toBe('Tidak ada catatan untuk salindia ini.');
		expect(browser.pageErrors()).toEqual([]);
	});

	test('setiap tombol presentasi bekerja dari jendela pembicara, dan kedua jendela selalu seiring', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}#2`));
		const speaker = await openSpeaker(page);
		const total = await page.locator('[data-slide]').count();

		await speaker.keyboard.press('ArrowRight');
		await expect.poll(async () => (await deckPosition(page)).hash).toBe('#3');
		await speaker.keyboard.press('End');
		await expect.poll(async () => (await deckPosition(page)).hash).toBe(`#${total}`);
		await speaker.keyboard.press('Home');
		await expect.poll(async () => (await deckPosition(page)).hash).toBe('#1');

		// A number, then Enter.
		await speaker.keyboard.type('4');
		await speaker.keyboard.press('Enter');
		await expect.poll(async () => (await deckPosition(page)).hash).toBe('#4');

		// G in the speaker window.
		await speaker.keyboard.press('g');
		await speaker.getByLabel(/^Nomor salindia/).fill('5');
		await speaker.keyboard.press('Enter');
		await expect.poll(async () => (await deckPosition(page)).hash).toBe('#5');

		// O in the speaker window: the projector stays on its slide until the presenter picks.
		await speaker.keyboard.press('o');
		expect((await deckPosition(speaker)).openDialog).toBe('overview');
		expect((await deckPosition(page)).openDialog).toBeNull();
		await speaker.keyboard.press('ArrowRight');
		await speaker.keyboard.press('ArrowRight');
		expect((await deckPosition(page)).hash).toBe('#5');
		await speaker.keyboard.press('Enter');
		await expect.poll(async () => (await deckPosition(page)).hash).toBe('#7');
		expect((await deckPosition(speaker)).openDialog).toBeNull();

		// Black screen both ways.
		await speaker.keyboard.press('b');
		await expect.poll(() => page.locator('[data-deck-black]').isVisible()).toBe(true);
		await page.keyboard.press('b');
		await expect.poll(() => speaker.evaluate(() => document.documentElement.hasAttribute('data-black'))).toBe(false);

		// The projector moves: the speaker window follows, notes and next slide included.
		const nextBefore = await speaker.locator('[data-speaker-next] h2').innerText();
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await deckPosition(speaker)).hash).toBe('#8');
		expect(await speaker.locator('[data-speaker-next] h2').innerText()).not.toBe(nextBefore);

		// Esc in the speaker window ends the presentation: the projector goes back to reading.
		// The window closes while the key is still being sent, so the press itself may report a closed page.
		await Promise.all([speaker.waitForEvent('close'), speaker.keyboard.press('Escape').catch(() => undefined)]);
		await page.waitForURL(siteUrl('/belajar/kampanye-dan-atribut/'));
		expect(browser.pageErrors()).toEqual([]);
	});

	test('jendela pembicara lolos axe, dengan hitung mundur berjalan', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}?pembicara#${SECTION_WITH_NOTES}`));
		await page.getByLabel('Lama sesi (menit)').fill('30');
		await page.getByRole('button', { name: 'Mulai dari nol' }).click();
		expect(await findAxeViolations(page)).toEqual([]);
	});
});

describe('ikhtisar dan pergi ke salindia', () => {
	const browser = useBrowserPage({ viewport: { width: 1920, height: 1080 } });

	test('pemateri menekan O, memilih salindia dengan panah dan Enter, atau dengan klik', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}#3`));
		const total = await page.locator('[data-slide]').count();
		await page.keyboard.press('o');
		const overview = page.getByRole('dialog', { name: 'Semua salindia' });
		expect(await overview.isVisible()).toBe(true);
		const items = overview.getByRole('button', { name: /^\d+ / });
		expect(await items.count()).toBe(total);
		// The slide on screen is marked and has the focus.
		const focused = () => page.evaluate(() => document.activeElement?.querySelector('.overview-caption')?.textContent ?? '');
		expect(await focused()).toMatch(/^3 .*\(sedang tampil\)$/);

		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		const columns = await page.evaluate(() => {
			const buttons = [...document.querySelectorAll<HTMLElement>('.overview-item')];
			const top = buttons[0]!.getBoundingClientRect().top;
			return buttons.filter((button) => Math.abs(button.getBoundingClientRect().top - top) < 2).length;
		});
		expect(columns).toBeGreaterThan(1);
		const target = Math.min(3 + 1 + columns, total);
		expect((await focused()).split(' ')[0]).toBe(String(target));
		await page.keyboard.press('Enter');
		expect(await deckPosition(page)).toMatchObject({ hash: `#${target}`, openDialog: null });

		// Esc closes the overview and stays on the slide; it does not leave the presentation.
		await page.keyboard.press('o');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('Escape');
		expect(await deckPosition(page)).toMatchObject({ hash: `#${target}`, openDialog: null });
		expect(new URL(page.url()).pathname).toBe(DECK);

		// A click picks a slide too.
		await page.getByRole('button', { name: 'Semua salindia' }).click();
		await overview.getByRole('button', { name: /^2 / }).click();
		expect(await deckPosition(page)).toMatchObject({ hash: '#2', openDialog: null });
		expect(browser.pageErrors()).toEqual([]);
	});

	test('pemateri menekan G atau mengetik nomor lalu Enter untuk melompat ke salindia', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		const total = await page.locator('[data-slide]').count();
		await page.keyboard.type('5');
		expect(await page.locator('[data-deck-typed]').innerText()).toBe('Ke salindia 5: tekan Enter');
		await page.keyboard.press('Enter');
		expect((await deckPosition(page)).hash).toBe('#5');
		expect(await page.locator('[data-deck-typed]').isVisible()).toBe(false);

		await page.keyboard.type('99');
		await page.keyboard.press('Enter');
		expect((await deckPosition(page)).hash).toBe('#5');
		expect(await page.locator('[data-deck-typed]').innerText()).toBe(`Tidak ada salindia 99. Nomornya 1 sampai ${total}.`);

		await page.keyboard.press('g');
		const dialog = page.getByRole('dialog', { name: 'Pergi ke salindia' });
		expect(await dialog.isVisible()).toBe(true);
		const field = dialog.getByLabel(`Nomor salindia (1 sampai ${total})`);
		await field.fill('0');
		await page.keyboard.press('Enter');
		expect(await dialog.locator('[data-go-to-error]').innerText()).toBe(`Tidak ada salindia nomor itu. Isi angka 1 sampai ${total}.`);
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		await field.fill(String(total));
		await page.keyboard.press('Enter');
		expect(await deckPosition(page)).toMatchObject({ hash: `#${total}`, openDialog: null });

		// Esc in the form closes it and keeps the slide.
		await page.keyboard.press('g');
		await page.keyboard.press('Escape');
		expect(await deckPosition(page)).toMatchObject({ hash: `#${total}`, openDialog: null });
		// Esc once more, with nothing open, leaves for the reading page as before.
		await page.keyboard.press('Escape');
		await page.waitForURL(siteUrl('/belajar/kampanye-dan-atribut/'));
	});

	test('tombol ? menampilkan daftar semua tombol, lalu Esc menutupnya', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}#2`));
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Tombol keyboard presentasi' });
		expect(await help.isVisible()).toBe(true);
		const text = await help.innerText();
		for (const key of ['Panah kanan', 'Page Down', 'Spasi', 'Home', 'End', 'G', '0 sampai 9', 'Enter', 'O', 'B', 'F', 'S', '?', 'Esc']) {
			expect(text, key).toContain(key);
		}
		const box = await help.boundingBox();
		expect(box && box.height).toBeLessThanOrEqual(1080);
		await page.keyboard.press('Escape');
		expect(await deckPosition(page)).toMatchObject({ hash: '#2', openDialog: null });
	});

	test('ikhtisar, formulir pergi ke salindia, dan daftar tombol lolos axe', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}#2`));
		await page.keyboard.press('o');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await page.keyboard.press('g');
		await page.keyboard.type('x');
		await page.keyboard.press('Enter');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await page.keyboard.press('?');
		expect(await findAxeViolations(page)).toEqual([]);
	});
});

describe('daftar tombol pada layar 1280x720', () => {
	const browser = useBrowserPage({ viewport: { width: 1280, height: 720 } });

	test('muat di layar tanpa digulir', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		await page.keyboard.press('?');
		const fits = await page.evaluate(() => {
			const dialog = document.querySelector<HTMLElement>('dialog[open]');
			return dialog ? dialog.scrollHeight <= dialog.clientHeight + 1 : false;
		});
		expect(fits).toBe(true);
	});
});
