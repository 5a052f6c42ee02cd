import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

/** Every lesson, read from the pages folder so a new lesson is checked without touching this test. */
const LESSONS = readdirSync(join(ROOT, 'src', 'content', 'docs', 'belajar'))
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => `/presentasi/belajar/${name.replace(/\.mdx$/, '')}/`);
const DECK = '/presentasi/belajar/apa-itu-netralitas/';
const READING = '/belajar/apa-itu-netralitas/';

/** Read a QR code as a phone would: from a screenshot of it with the white around it, decoded by jsQR. */
async function decodeQr(page: Page, code: Locator): Promise<string | undefined> {
	const box = await code.boundingBox();
	if (!box) throw new Error('QR code not on screen');
	const margin = 24;
	const png = await page.screenshot({ clip: { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin } });
	// A blank page (no site CSP) turns the PNG back into pixels; jsQR reads them here, outside the browser.
	const scratch = await page.context().newPage();
	const image = await scratch.evaluate(async (base64) => {
		const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		return { width: bitmap.width, height: bitmap.height, data: [...context.getImageData(0, 0, bitmap.width, bitmap.height).data] };
	}, png.toString('base64'));
	await scratch.close();
	return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height)?.data;
}

/** The slide on screen: its number in the URL, its heading, and the counter. */
async function currentSlide(page: Page) {
	return page.evaluate(() => {
		const visible = [...document.querySelectorAll<HTMLElement>('[data-slide]')].filter((slide) => !slide.hidden);
		return {
			hash: location.hash,
			visible: visible.length,
			heading: visible[0]?.querySelector('.slide-title-name, h2')?.textContent?.trim() ?? '',
			counter: document.querySelector('[data-deck-counter]')?.textContent?.trim() ?? '',
		};
	});
}

/** Measure every slide of the open deck: overflow, and the smallest body text. */
async function measureSlides(page: Page) {
	const total = await page.locator('[data-slide]').count();
	const results: { slide: number; heading: string; overflows: boolean; isOverfull: boolean; smallestText: number; hiddenByBar: boolean }[] = [];
	await page.keyboard.press('Home');
	for (let index = 0; index < total; index++) {
		if (index > 0) await page.keyboard.press('ArrowRight');
		results.push(
			await page.evaluate((slideNumber) => {
				const slide = [...document.querySelectorAll<HTMLElement>('[data-slide]')].find((candidate) => !candidate.hidden);
				if (!slide) throw new Error('no slide on screen');
				const barTop = document.querySelector('.deck-bar')?.getBoundingClientRect().top ?? window.innerHeight;
				const slideBox = slide.getBoundingClientRect();
				const content = [...slide.querySelectorAll<HTMLElement>('*')].filter((element) => !element.closest('[hidden]'));
				const bodyText = content.filter((element) => element.matches('p, li, td, th, blockquote, figcaption'));
				return {
					slide: slideNumber,
					heading: slide.querySelector('.slide-title-name, h2')?.textContent?.trim() ?? '',
					overflows: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
					isOverfull: slide.hasAttribute('data-overfull'),
					smallestText: Math.min(...bodyText.map((element) => Number.parseFloat(getComputedStyle(element).fontSize))),
					hiddenByBar: content.some((element) => {
						const box = element.getBoundingClientRect();
						return box.height > 0 && (box.bottom > barTop + 1 || box.right > slideBox.right + 1);
					}),
				};
			}, index + 1),
		);
	}
	return results;
}

describe('presentasi materi', () => {
	const browser = useBrowserPage();

	test('pemateri menjalankan presentasi dengan keyboard: maju, mundur, awal, akhir, dan layar hitam', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		const total = await page.locator('[data-slide]').count();
		expect(total).toBeGreaterThan(4);
		expect(await currentSlide(page)).toEqual({ hash: '#1', visible: 1, heading: 'Apa itu netralitas ASN', counter: `1 / ${total}` });
		await page.keyboard.press('ArrowRight');
		expect(await currentSlide(page)).toMatchObject({ hash: '#2', visible: 1, counter: `2 / ${total}` });
		await page.keyboard.press('PageDown');
		await page.keyboard.press('Space');
		expect((await currentSlide(page)).hash).toBe('#4');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('PageUp');
		expect((await currentSlide(page)).hash).toBe('#2');
		await page.keyboard.press('End');
		expect(await currentSlide(page)).toMatchObject({ hash: `#${total}`, heading: 'Uji pemahaman' });
		await page.keyboard.press('ArrowRight');
		expect((await currentSlide(page)).hash).toBe(`#${total}`);
		await page.keyboard.press('Home');
		expect((await currentSlide(page)).hash).toBe('#1');

		const black = page.locator('[data-deck-black]');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('b');
		expect(await black.isVisible()).toBe(true);
		await page.keyboard.press('ArrowRight');
		expect(await black.isVisible()).toBe(false);
		expect((await currentSlide(page)).hash).toBe('#2');
		await page.keyboard.press('.');
		expect(await black.isVisible()).toBe(true);
		await page.keyboard.press('B');
		expect(await black.isVisible()).toBe(false);
		expect(browser.pageErrors()).toEqual([]);
	});

	test('memuat ulang halaman tetap di salindia yang sama karena nomornya ada di URL', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		for (let press = 0; press < 3; press++) await page.keyboard.press('ArrowRight');
		const before = await currentSlide(page);
		expect(before.hash).toBe('#4');
		await page.reload();
		expect(await currentSlide(page)).toEqual(before);
		await page.goto(siteUrl(`${DECK}#uji-pemahaman`));
		expect((await currentSlide(page)).heading).toBe('Uji pemahaman');
	});

	test('Esc kembali ke halaman baca, dan tombol Presentasi di halaman baca membuka presentasinya', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		await page.keyboard.press('Escape');
		await page.waitForURL(siteUrl(READING));
		await page.getByRole('link', { name: 'Presentasi', exact: true }).click();
		await page.waitForURL(siteUrl(DECK));
	});

	test('a loaded presentation keeps working offline', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		await page.waitForLoadState('networkidle');
		await browser.context().setOffline(true);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect((await currentSlide(page)).hash).toBe('#3');
		expect(await page.locator('.slide-qr svg').count()).toBe(1);
		expect(browser.pageErrors()).toEqual([]);
		await browser.context().setOffline(false);
	});

	test('peserta memindai kode QR salindia judul dan sampai di halaman baca pada alamat tempat situs disajikan', async () => {
		const page = browser.page();
		await page.goto(siteUrl(DECK));
		const qr = page.getByRole('img', { name: /Kode QR menuju halaman Apa itu netralitas ASN/ });
		expect(await qr.locator('svg path').count()).toBe(1);
		const reading = siteUrl(READING);
		// The test server is not the build's address: the page redraws the code for its own origin.
		await expect.poll(() => page.locator('[data-qr]').getAttribute('data-qr-url')).toBe(reading);
		expect(await decodeQr(page, qr)).toBe(reading);
		expect(await page.locator('.slide-qr-url').innerText()).toBe(reading.replace(/^https?:\/\//, ''));
	});

	test('tampilan presentasi dan jendela pembicara lolos axe', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${DECK}#3`));
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.keyboard.press('b');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.goto(siteUrl(`${DECK}?pembicara#3`));
		expect(await findAxeViolations(page)).toEqual([]);
	});
});

describe('ukuran huruf dan ruang salindia', () => {
	describe('pada layar 1920x1080', () => {
		const browser = useBrowserPage({ viewport: { width: 1920, height: 1080 } });

		test.each(LESSONS)('setiap salindia %s terbaca dari belakang aula: teks minimal 32 px, tidak ada yang meluber', async (path) => {
			const page = browser.page();
			await page.goto(siteUrl(path));
			const slides = await measureSlides(page);
			expect(slides.length).toBeGreaterThan(3);
			expect(slides.filter((slide) => slide.overflows || slide.isOverfull || slide.hiddenByBar)).toEqual([]);
			expect(slides.filter((slide) => slide.smallestText < 32)).toEqual([]);
		});
	});

	describe('pada layar 1280x720', () => {
		const browser = useBrowserPage({ viewport: { width: 1280, height: 720 } });

		test.each(LESSONS)('tidak ada isi salindia %s yang meluber', async (path) => {
			const page = browser.page();
			await page.goto(siteUrl(path));
			const slides = await measureSlides(page);
			expect(slides.filter((slide) => slide.overflows || slide.isOverfull || slide.hiddenByBar)).toEqual([]);
		});
	});
});

describe('catatan pembicara', () => {
	const browser = useBrowserPage();
	const LESSON = '/belajar/kampanye-dan-atribut/';
	const SECTION = 'hadir-di-kampanye-jangan';

	test('catatan pembicara tersembunyi di halaman baca dan di layar proyektor', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`/presentasi${LESSON}#${SECTION}`));
		const notes = await page.locator('[data-slide]:not([hidden]) [data-slide-notes]').textContent();
		expect(notes?.trim().length).toBeGreaterThan(20);
		expect(await page.locator('[data-slide-notes]').first().isVisible()).toBe(false);
		expect(await page.getByText(notes?.trim() ?? '').isVisible()).toBe(false);

		await page.goto(siteUrl(LESSON));
		expect(await page.locator('main').innerText()).not.toContain(notes?.trim());
		expect(await page.locator('[data-speaker-notes]').count()).toBe(0);
	});

	test('pemateri membuka jendela pembicara dengan S: catatan, salindia berikutnya, dan waktu, selalu seiring dengan layar utama', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`/presentasi${LESSON}#${SECTION}`));
		const notes = (await page.locator('[data-slide]:not([hidden]) [data-slide-notes]').textContent())?.trim() ?? '';
		const slideNumber = Number((await currentSlide(page)).hash.slice(1));
		const popup = browser.context().waitForEvent('page');
		await page.keyboard.press('s');
		const speaker = await popup;
		await speaker.waitForLoadState();
		expect(new URL(speaker.url()).search).toBe('?pembicara');
		const notesView = speaker.locator('[data-speaker-notes-view]');
		await expect.poll(() => notesView.innerText()).toBe(notes);
		expect(await speaker.locator('[data-speaker-elapsed]').innerText()).toMatch(/^\d+:\d\d$/);
		const nextHeading = await page.locator('[data-slide]').nth(slideNumber).locator('h2').innerText();
		expect(await speaker.locator('[data-speaker-next] h2').innerText()).toBe(nextHeading);

		// The projector moves on: the speaker window follows.
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await currentSlide(speaker)).hash).toBe(`#${slideNumber + 1}`);
		await expect.poll(() => notesView.innerText()).not.toBe(notes);

		// The speaker moves back: the projector follows.
		await speaker.keyboard.press('ArrowLeft');
		await expect.poll(async () => (await currentSlide(page)).hash).toBe(`#${slideNumber}`);
		await expect.poll(() => notesView.innerText()).toBe(notes);

		// A black screen on the projector shows in the speaker window too.
		await page.keyboard.press('b');
		await expect.poll(() => speaker.evaluate(() => document.documentElement.hasAttribute('data-black'))).toBe(true);
		await speaker.close();
	});
});
