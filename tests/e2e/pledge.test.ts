import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { verdictLabels } from '~/config/ui-strings';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { loadCollection } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

/** The correct option labels of every question, by prompt, as the quiz shows them. */
const answerKey = new Map(
	loadCollection('question-banks', QuestionBankSchema).flatMap((bank) =>
		bank.data.questions.map((question) => [question.prompt.replace(/\s+/g, ' ').trim(), question.correct.map((value) => (question.type === 'verdict' ? (verdictLabels[value] ?? value) : value))]),
	),
);

/** Answer every question on screen correctly (or wrongly), checking each and moving on. */
async function answerAll(page: Page, correctly: boolean) {
	const quiz = page.locator('.pledge');
	while (await quiz.getByRole('button', { name: 'Periksa jawaban' }).count()) {
		const prompt = (await quiz.locator('.quiz-prompt').innerText()).replace(/\s+/g, ' ').trim();
		const correct = answerKey.get(prompt);
		if (!correct) throw new Error(`no answer key for: ${prompt}`);
		const options = await quiz.locator('.quiz-option').allInnerTexts();
		const chosen = correctly ? correct : [options.map((text) => text.trim()).find((text) => !correct.includes(text)) ?? ''];
		// Exact names: one option's text can contain another's ("PPPK" and "PPPK paruh waktu").
		for (const label of chosen) await quiz.getByLabel(label, { exact: true }).check();
		await quiz.getByRole('button', { name: 'Periksa jawaban' }).click();
		await quiz.getByRole('button', { name: /Soal berikutnya|Lihat hasil/ }).click();
	}
}

async function passQuizAndIssueReceipt(page: Page) {
	await page.goto(siteUrl('/ikrar/kuis/?acara=ikrar-uji-2026&soal=10&seed=e2e'));
	await page.getByRole('button', { name: 'Mulai kuis' }).click();
	await answerAll(page, true);
	await page.getByLabel('Nama lengkap').fill('<b>Siti</b> "Ami" 🙂');
	await page.getByLabel('NIP (18 angka)').fill('1980 0101 200501 2 001');
	await page.getByLabel('Instansi / unit kerja').fill('Dinas Pendidikan Kabupaten Contoh');
	await page.getByRole('button', { name: 'Buat tanda selesai' }).click();
	await page.locator('.receipt-card').waitFor();
	return page.locator('#teks-tanda-selesai').inputValue();
}

describe('kuis kesiapan ikrar dan tanda selesai', () => {
	const browser = useBrowserPage();

	test('peserta lulus, membuat tanda selesai, dan penyelenggara memeriksanya', async () => {
		const page = browser.page();
		const text = await passQuizAndIssueReceipt(page);
		const card = page.locator('.receipt-card');
		expect(await card.innerText()).toContain('<b>Siti</b> "Ami" 🙂');
		expect(await card.locator('b').count()).toBe(0);
		expect(await card.innerText()).toContain('IKRAR-UJI-2026');
		expect(await card.innerText()).toContain('10 dari 10 benar (batas lulus 80%)');
		expect(await card.innerText()).toMatch(/tidak membuktikan siapa yang mengerjakan kuis/);
		await expect.poll(() => card.locator('.receipt-qr svg').count()).toBe(1);
		expect(await findAxeViolations(page)).toEqual([]);

		await page.goto(siteUrl('/ikrar/periksa/'));
		await page.getByLabel('Teks tanda selesai, atau tautan dari kode QR-nya').fill(text);
		await page.getByRole('button', { name: 'Periksa', exact: true }).click();
		await expect.poll(() => page.locator('.checker-outcome').innerText()).toMatch(/^SAH/);
		expect(await page.locator('.checker-table tbody tr').count()).toBe(1);
		expect(await findAxeViolations(page)).toEqual([]);

		const edited = text.replace('Nilai: 10/10', 'Nilai: 9/10').replace('Kode acara: IKRAR-UJI-2026', 'Kode acara: IKRAR-LAIN');
		await page.getByLabel('Teks tanda selesai, atau tautan dari kode QR-nya').fill(edited);
		await page.getByRole('button', { name: 'Periksa', exact: true }).click();
		await expect.poll(() => page.locator('.checker-outcome').innerText()).toMatch(/TIDAK SAH[\s\S]*Kode verifikasi tidak cocok/);

		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Ekspor CSV' }).click();
		const csv = readFileSync((await (await downloadPromise).path())!, 'utf8');
		expect(csv).toMatch(/^\uFEFF?Nama,NIP,/);
		expect(csv).toContain('"<b>Siti</b> ""Ami"" 🙂",198001012005012001');
		expect(csv).toMatch(/,sah,/);
		expect(csv).toMatch(/,tidak sah,/);
	});

	test('kode QR tanda selesai membuka halaman periksa dan langsung memeriksanya', async () => {
		const page = browser.page();
		const text = await passQuizAndIssueReceipt(page);
		const link = text.split('\n').find((line) => line.startsWith('Periksa: '))?.slice('Periksa: '.length) ?? '';
		expect(link).toContain('/ikrar/periksa/#r=');
		await page.goto(link);
		await expect.poll(() => page.locator('.checker-outcome').innerText()).toMatch(/^SAH/);
	});

	test('tanda selesai tercetak pada satu halaman A4', async () => {
		const page = browser.page();
		await passQuizAndIssueReceipt(page);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBe(1);
	});

	test('peserta yang belum lulus melihat pembahasan dan bisa mencoba lagi dengan soal baru', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/kuis/?soal=10&seed=gagal'));
		await page.getByRole('button', { name: 'Mulai kuis' }).click();
		const firstDraw = await page.locator('.quiz-prompt').innerText();
		await answerAll(page, false);
		expect(await page.locator('.quiz-verdict').innerText()).toMatch(/Belum lulus/);
		expect(await page.locator('.quiz-review > li').count()).toBe(10);
		expect(await page.getByLabel('Nama lengkap').count()).toBe(0);
		expect(await findAxeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Coba lagi dengan soal baru' }).click();
		expect(await page.locator('.quiz-counter').innerText()).toBe('Soal 1 dari 10');
		expect(await page.locator('.quiz-prompt').innerText()).not.toBe(firstDraw);
	});

	test('NIP yang salah ditolak dengan pesan yang jelas', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/kuis/?soal=10&seed=nip'));
		await page.getByRole('button', { name: 'Mulai kuis' }).click();
		await answerAll(page, true);
		await page.getByLabel('Nama lengkap').fill('Budi');
		await page.getByLabel('NIP (18 angka)').fill('12345');
		await page.getByLabel('Instansi / unit kerja').fill('x'.repeat(200));
		await page.getByRole('button', { name: 'Buat tanda selesai' }).click();
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.innerText()).toMatch(/NIP harus 18 angka; yang Anda ketik berisi 5 angka\.[\s\S]*paling banyak 150 karakter/);
		expect(await page.getByLabel('NIP (18 angka)').getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator('.receipt-card').count()).toBe(0);
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('tautan penyelenggara dengan nilai salah menampilkan pesan yang menyebut nilainya', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/kuis/?acara=%3Cscript%3E&soal=500&lulus=12'));
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.innerText()).toMatch(/Tautan kuis tidak valid/);
		expect(await alert.innerText()).toMatch(/acara[\s\S]*soal[\s\S]*lulus/);
		expect(await page.getByRole('button', { name: 'Mulai kuis' }).count()).toBe(0);
	});

	test('panduan penyelenggara membuat tautan kuis dan kode QR-nya', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/panduan-penyelenggara/'));
		await page.getByLabel('Kode acara').fill('ikrar-gumas-2024');
		await page.getByLabel('Batas lulus (%)').fill('90');
		await expect.poll(() => page.locator('.link-builder-link').inputValue()).toMatch(/\/ikrar\/kuis\/\?acara=IKRAR-GUMAS-2024&lulus=90$/);
		expect(await page.locator('.link-builder-qr svg').count()).toBe(1);
		await page.getByLabel('Jumlah soal').fill('3');
		await expect.poll(() => page.locator('.link-builder-problems').innerText()).toMatch(/Jumlah soal harus bilangan bulat dari 10/);
		expect(await page.locator('.link-builder-link').inputValue()).toBe('');
		expect(await findAxeViolations(page)).toEqual([]);
	});
});
