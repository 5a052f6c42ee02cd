import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { assignCards } from '~/lib/cards/card-holders';
import { buildCardRecord } from '~/lib/cards/card-record';
import { CARD_TALLY_KEY, validateCardTally } from '~/lib/cards/card-tally';
import { formatZoned } from '~/lib/pledge/time-zone';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadCollection } from '../support/content';
import type { SceneCard } from './support/card-scene';
import { drawCardScene, encodeGreyPng, writeY4m } from './support/card-scene';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const BANK = 'media-sosial';
const HALL_QUIZ = `/presentasi/kuis-kelas/${BANK}/`;
/** The bank's first Boleh/Tidak boleh question (A Boleh, B Tidak boleh) and its question slide. */
const VERDICT_NUMBER =
	(loadCollection('question-banks', QuestionBankSchema)
		.find((bank) => bank.id === BANK)
		?.data.questions.findIndex((question) => question.type === 'verdict') ?? -1) + 1;
const VERDICT_SLIDE = `#${2 * VERDICT_NUMBER}`;
const HALL: SceneCard[] = [
	...[3, 8, 15, 21, 40].map((cardNumber) => ({ cardNumber, letter: 'A' as const })),
	...[1, 2, 9, 11, 30, 31, 44].map((cardNumber) => ({ cardNumber, letter: 'B' as const })),
	// C is not an answer to a Boleh/Tidak boleh question: seen, but not counted.
	{ cardNumber: 50, letter: 'C' },
];

const cameraDir = mkdtempSync(join(tmpdir(), 'kartu-'));
const cameraClip = join(cameraDir, 'hall.y4m');
writeY4m(cameraClip, drawCardScene(HALL));

function visibleSlide(page: Page) {
	return page.locator('[data-slide]:not([hidden])');
}

describe('Kartu jawaban di Kuis Kelas', () => {
	const browser = useBrowserPage({
		viewport: { width: 1280, height: 800 },
		chromiumArgs: () => ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${cameraClip}`],
	});

	test('pemateri memindai kartu dengan kamera: jumlah per pilihan terisi, bertahan setelah dimuat ulang, dan tidak ada yang dikirim', async () => {
		const page = browser.page();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(siteUrl(`${HALL_QUIZ}${VERDICT_SLIDE}`));
		await page.waitForLoadState('networkidle');
		const beforeScan = requests.length;
		expect(requests.some((url) => url.includes('card-worker'))).toBe(false);

		await visibleSlide(page).getByRole('button', { name: 'Pindai kartu jawaban' }).click();
		const dialog = page.getByRole('dialog', { name: `Pindai kartu jawaban: soal ${VERDICT_NUMBER}` });
		await expect.poll(() => dialog.isVisible()).toBe(true);
		expect(await dialog.innerText()).toContain('tidak dikirim ke mana pun');
		await dialog.getByRole('button', { name: 'Nyalakan kamera' }).click();
		await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 }).toBe('12 kartu terbaca.');
		expect(await dialog.locator('[data-card-scan-letters] li').allInnerTexts()).toEqual(['A: 5', 'B: 7']);
		expect(await findAxeViolations(page)).toEqual([]);
		// A still from the live camera reads the same hall.
		await dialog.getByRole('button', { name: 'Potret resolusi penuh' }).click();
		// Taking a still ends the live view; the still's readings replace the marks.
		await expect.poll(() => dialog.getByRole('button', { name: 'Nyalakan kamera' }).isVisible(), { timeout: 30_000 }).toBe(true);
		await expect.poll(() => dialog.locator('[data-card-scan-detail]').innerText(), { timeout: 30_000 }).toBe('Pindaian terakhir: 13 kartu terlihat, 0 baru, 0 berubah.');
		await dialog.getByRole('button', { name: 'Selesai' }).click();
		expect(await dialog.isVisible()).toBe(false);

		// The counts are in the show-of-hands fields, and the answer slide shows them at once.
		expect(await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan A').inputValue()).toBe('5');
		expect(await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan B').inputValue()).toBe('7');
		await page.keyboard.press('ArrowRight');
		const distribution = visibleSlide(page).getByRole('figure');
		expect(await distribution.locator('[data-hands-percent]').allInnerTexts()).toEqual(['42%', '58%']);
		// The closing summary counts the cards like typed hands: the share that held up the right letter.
		const rightLetter = await page.locator(`button[data-card-scan-for]`).nth(VERDICT_NUMBER - 1).getAttribute('data-correct');
		await page.keyboard.press('End');
		const questionId = await page.locator('button[data-card-scan-for]').nth(VERDICT_NUMBER - 1).getAttribute('data-card-scan-for');
		expect(await page.locator(`[data-summary-for="${questionId}"] [data-summary-percent]`).innerText()).toBe(rightLetter === 'B' ? '58%' : '42%');

		// Everything the scanner fetched came from the site itself; no picture left the page.
		const scannerRequests = requests.slice(beforeScan);
		expect(scannerRequests.some((url) => url.includes('card-worker'))).toBe(true);
		expect(new Set(scannerRequests.map((url) => new URL(url).origin))).toEqual(new Set([new URL(siteUrl('/')).origin]));

		await page.reload();
		await page.goto(siteUrl(`${HALL_QUIZ}${VERDICT_SLIDE}`));
		expect(await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan B').inputValue()).toBe('7');

		// "Hapus semua hitungan" before the next session forgets the scanned cards too, not only the counts.
		expect(validateCardTally(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CARD_TALLY_KEY)) ?? 'null'))?.quizzes[HALL_QUIZ]).toBeDefined();
		await page.keyboard.press('End');
		page.once('dialog', (dialog) => void dialog.accept());
		await visibleSlide(page).getByRole('button', { name: 'Hapus semua hitungan' }).click();
		await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), CARD_TALLY_KEY)).toBe(JSON.stringify({ version: 1, quizzes: {} }));
		await page.goto(siteUrl(`${HALL_QUIZ}${VERDICT_SLIDE}`));
		expect(await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan B').inputValue()).toBe('');
		expect(browser.pageErrors()).toEqual([]);
	});

	test('the scanner runs under a Content Security Policy without eval or WebAssembly', async () => {
		const page = browser.page();
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
		});
		// No 'unsafe-eval' and no 'wasm-unsafe-eval': the detector is plain JavaScript in a same-origin worker.
		const policy = "default-src 'self'; script-src 'self' 'unsafe-inline'; worker-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:";
		await page.route(siteUrl(HALL_QUIZ), async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
		});
		await page.goto(siteUrl(`${HALL_QUIZ}${VERDICT_SLIDE}`));
		// The policy is in force: a script from another origin is refused before any request.
		const refused = await page.evaluate(
			() =>
				new Promise<string>((resolve) => {
					document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
					const script = document.createElement('script');
					script.src = 'https://elsewhere.invalid/x.js';
					document.head.append(script);
				}),
		);
		expect(refused).toMatch(/^script-src/);
		await visibleSlide(page).getByRole('button', { name: 'Pindai kartu jawaban' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: 'Nyalakan kamera' }).click();
		await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 }).toBe('12 kartu terbaca.');
		expect(violations.filter((text) => !text.includes('elsewhere.invalid'))).toEqual([]);
		// The refused script above was this test's own probe: keep it out of the suite-wide CSP check.
		const collected = browser.cspViolations();
		collected.splice(0, collected.length, ...collected.filter((text) => !text.includes('elsewhere.invalid')));
	});

	test('pemateri memotret aula kiri lalu kanan untuk sebuah acara: hasil digabung dan tiap kartu mendapat skor', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${HALL_QUIZ}?acara=APEL-UJI${VERDICT_SLIDE}`));
		await visibleSlide(page).getByRole('button', { name: 'Pindai kartu jawaban' }).click();
		const dialog = page.getByRole('dialog');
		const photo = dialog.getByLabel('Ambil atau pilih foto');
		const left = drawCardScene(HALL.slice(0, 6), 1600, 1200, 10);
		const right = drawCardScene([...HALL.slice(6), { cardNumber: 3, letter: 'B' }], 1600, 1200, 10);
		await photo.setInputFiles({ name: 'kiri.png', mimeType: 'image/png', buffer: encodeGreyPng(left) });
		await expect.poll(() => dialog.getByRole('status').innerText(), { timeout: 30_000 }).toBe('6 kartu terbaca.');
		await photo.setInputFiles({ name: 'kanan.png', mimeType: 'image/png', buffer: encodeGreyPng(right) });
		// Card 3 changed its mind from A to B between the photos: the latest answer counts.
		await expect.poll(() => dialog.locator('[data-card-scan-letters] li').allInnerTexts(), { timeout: 30_000 }).toEqual(['A: 4', 'B: 8']);
		expect(await dialog.getByRole('status').innerText()).toBe('12 kartu terbaca.');
		expect(await dialog.innerText()).toContain('Jawaban dicatat untuk acara APEL-UJI.');

		// What the device kept scores each card: the verdict question's right letter is on the slide.
		const store = validateCardTally(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), CARD_TALLY_KEY)) ?? 'null'));
		expect(store).toBeDefined();
		const rightLetter = await page.locator('button[data-card-scan-for]:visible').getAttribute('data-correct');
		expect(rightLetter).toMatch(/^[AB]$/);
		const record = buildCardRecord(store!, 'APEL-UJI', assignCards(undefined, 50), 0.8);
		expect(record.questions).toBe(1);
		const expectedRight = [...HALL.slice(0, 6).filter((card) => card.cardNumber !== 3), ...HALL.slice(6), { cardNumber: 3, letter: 'B' }].filter((card) => card.letter === rightLetter).map((card) => card.cardNumber);
		expect(record.rows.filter((row) => row.isPassed).map((row) => row.cardNumber)).toEqual(expectedRight.sort((a, b) => a - b));

		// The organiser's event "Apel Uji" (code APEL-UJI) lists 50 people; card n is the n-th.
		await page.goto(siteUrl('/ikrar/acara/'));
		await page.getByLabel('Nama acara').fill('Apel Uji');
		await expect.poll(() => page.locator('.event-form code').innerText()).toBe('APEL-UJI');
		await page.getByLabel('Jumlah soal').fill('10');
		await page.getByLabel('Batas lulus').fill('80');
		const wib = (hours: number) => formatZoned(Date.now() + hours * 3_600_000, 'WIB').slice(0, 16).replace(' ', 'T');
		await page.getByLabel('Mulai').fill(wib(-1));
		await page.getByLabel('Selesai').fill(wib(5));
		await page.getByLabel('Zona waktu').selectOption('WIB');
		const people = Array.from({ length: 50 }, (_, index) => `19800101200501${String(1000 + index).slice(-4)}\tPeserta ${index + 1}\tBKPSDM`);
		await page.getByLabel('Tempel daftar dari spreadsheet').fill(['NIP\tNama\tUnit kerja', ...people].join('\n'));
		await expect.poll(() => page.locator('.expected-list [role="status"]').innerText()).toMatch(/50 peserta terbaca/);
		await page.getByRole('button', { name: 'Simpan acara dan buat tautan' }).click();
		await page.getByLabel('Tautan kuis untuk peserta').waitFor();

		// The roster shows each card's score next to the (absent) receipts, labelled as observed in the room.
		await page.goto(siteUrl('/ikrar/periksa/'));
		const roster = page.locator('.quiz.receipt-checker');
		await expect.poll(async () => ((await roster.innerText()).match(/diamati di ruangan \d\/1/g) ?? []).length, { timeout: 15_000 }).toBe(12);
		const text = await roster.innerText();
		expect(text.match(/diamati di ruangan 1\/1/g)?.length ?? 0).toBe(expectedRight.length);
		expect(browser.pageErrors()).toEqual([]);
	});
});

describe('Kartu jawaban dicetak', () => {
	const browser = useBrowserPage({ viewport: { width: 1280, height: 900 } });

	/** Count the pages of Chromium's PDF of the page as printed. */
	async function printedPages(page: Page): Promise<number> {
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
	}

	test('penyelenggara mencetak 40 kartu empat per lembar, lalu 5 kartu besar dua per lembar', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/presentasi/kartu/'));
		expect(await page.locator('[data-card-summary]').innerText()).toBe('40 kartu pada 10 lembar A4.');
		expect(await printedPages(page)).toBe(10);
		await page.getByRole('radio', { name: /^2 kartu/ }).check();
		await page.getByLabel('Jumlah kartu (1 sampai 587)').fill('5');
		expect(await page.locator('[data-card-summary]').innerText()).toBe('5 kartu pada 3 lembar A4.');
		expect(await page.locator('.answer-card').count()).toBe(5);
		expect(await page.locator('.answer-card').last().locator('[data-card-line="number"]').innerText()).toBe('Kartu 5');
		expect(await printedPages(page)).toBe(3);
		await page.getByLabel('Jumlah kartu (1 sampai 587)').fill('600');
		expect(await page.getByRole('alert').innerText()).toBe('Jumlah kartu harus bilangan bulat 1 sampai 587.');
		expect(await findAxeViolations(page)).toEqual([]);
		expect(browser.pageErrors()).toEqual([]);
	});
});

describe('Kartu jawaban tanpa kamera', () => {
	const browser = useBrowserPage({ viewport: { width: 1280, height: 800 } });

	test('pemateri tanpa kamera mendapat pesan yang jelas, dan hitungan tangan tetap bisa diketik', async () => {
		const page = browser.page();
		await page.goto(siteUrl(`${HALL_QUIZ}${VERDICT_SLIDE}`));
		await visibleSlide(page).getByRole('button', { name: 'Pindai kartu jawaban' }).click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: 'Nyalakan kamera' }).click();
		await expect.poll(() => dialog.getByRole('alert').innerText(), { timeout: 15_000 }).toMatch(/^(Kamera tidak dapat dibuka|Perangkat ini tidak punya kamera)/);
		await dialog.getByRole('button', { name: 'Selesai' }).click();
		await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan A').fill('3');
		await visibleSlide(page).getByLabel('Jumlah tangan untuk pilihan B').fill('1');
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowRight');
		expect(await visibleSlide(page).getByRole('figure').locator('[data-hands-percent]').allInnerTexts()).toEqual(['75%', '25%']);
		expect(browser.pageErrors()).toEqual([]);
	});
});
