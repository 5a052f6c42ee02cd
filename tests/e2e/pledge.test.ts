import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, test } from 'vitest';
import { verdictLabels } from '~/config/ui-strings';
import type { PledgeEvent } from '~/lib/pledge/event';
import { EVENT_KEY } from '~/lib/pledge/event-store';
import { issueReceipt, type ReceiptFields } from '~/lib/pledge/receipt';
import { encodeReceiptLink, encodeReceiptText, receiptRows } from '~/lib/pledge/receipt-codec';
import { formatZoned, toIsoMinute } from '~/lib/pledge/time-zone';
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

/** Answer `count` questions on screen (all when undefined) correctly or wrongly, checking each and moving on. */
async function answer(page: Page, correctly: boolean, count = Number.POSITIVE_INFINITY) {
	const quiz = page.locator('.pledge');
	for (let done = 0; done < count && (await quiz.getByRole('button', { name: 'Periksa jawaban' }).count()); done++) {
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

const HOUR = 3_600_000;
/** A WIB wall clock `hours` from now, as a datetime-local input takes it. */
const wib = (hours: number) => formatZoned(Date.now() + hours * HOUR, 'WIB').slice(0, 16).replace(' ', 'T');
const nipOf = (index: number) => `19800101200501${String(1000 + index).slice(-4)}`;
const EXPECTED = Array.from({ length: 20 }, (_, index) => [nipOf(index), `Peserta ${index + 1}`, index < 10 ? 'Dinas Pendidikan' : 'Dinas Kesehatan']);

/** The organiser creates the event with a 20-name expected list pasted from a spreadsheet. */
async function createEvent(page: Page): Promise<{ link: string; event: PledgeEvent }> {
	await page.goto(siteUrl('/ikrar/acara/'));
	await page.getByLabel('Nama acara').fill('Apel Netralitas Kab. Contoh');
	await expect.poll(() => page.locator('.event-form code').innerText()).toBe('APEL-NETRALITAS-KAB-CONTOH');
	await page.getByLabel('Jumlah soal').fill('10');
	await page.getByLabel('Batas lulus').fill('80');
	await page.getByLabel('Mulai').fill(wib(-1));
	await page.getByLabel('Selesai').fill(wib(5));
	await page.getByLabel('Zona waktu').selectOption('WIB');
	await page.getByLabel('Tempel daftar dari spreadsheet').fill(['NIP\tNama\tUnit kerja', ...EXPECTED.map((row) => row.join('\t'))].join('\n'));
	await expect.poll(() => page.locator('.expected-list [role="status"]').innerText()).toMatch(/20 peserta terbaca dari 20 baris; 0 baris/);
	await page.getByRole('button', { name: 'Simpan acara dan buat tautan' }).click();
	const link = await page.getByLabel('Tautan kuis untuk peserta').inputValue();
	await expect.poll(() => page.locator('.event-qr svg').count()).toBe(1);
	const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), EVENT_KEY)) ?? '{}');
	return { link, event: stored.events[0] };
}

async function issueFromForm(page: Page, name: string, nip: string) {
	await page.getByLabel('Nama lengkap').fill(name);
	await page.getByLabel('NIP (18 angka)').fill(nip);
	await page.getByLabel('Instansi / unit kerja').fill('Dinas Pendidikan');
	await page.getByRole('button', { name: 'Buat tanda selesai' }).click();
	await page.locator('.receipt-card').waitFor();
}

describe('acara ikrar, tanda selesai, dan daftar pemeriksaan', () => {
	const browser = useBrowserPage();

	test('penyelenggara membuat acara dengan daftar 20 nama dan mendapat tautan serta kode QR', async () => {
		const page = browser.page();
		const { link, event } = await createEvent(page);
		expect(link).toMatch(/\/ikrar\/kuis\/#acara=/);
		expect(event).toMatchObject({ code: 'APEL-NETRALITAS-KAB-CONTOH', questionCount: 10, passPercent: 80, zone: 'WIB' });
		expect(event.expected).toHaveLength(20);
		expect(await findAxeViolations(page)).toEqual([]);
		await page.reload();
		expect(await page.getByLabel('Tautan kuis untuk peserta').inputValue()).toBe(link);
	});

	test('daftar peserta yang salah ditolak per baris dengan pesan yang jelas', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/acara/'));
		await page.getByLabel('Tempel daftar dari spreadsheet').fill('NIP,Nama,Unit\n1.98001E+17,Budi,Dinas A\n198001012005011002,,Dinas B');
		const status = page.locator('.expected-list [role="status"]');
		await expect.poll(() => status.innerText()).toMatch(/Baris 2: .*dibulatkan[\s\S]*Baris 3: Nama kosong/);
		await page.getByRole('button', { name: 'Simpan acara dan buat tautan' }).click();
		await expect.poll(() => page.getByRole('alert').first().innerText()).toMatch(/Periksa kembali|Perbaiki baris/);
		expect(await page.getByLabel('Tautan kuis untuk peserta').count()).toBe(0);
	});

	test('peserta memuat ulang di tengah kuis, melanjutkan, lulus, memuat ulang, dan tanda selesainya tetap ada', async () => {
		const page = browser.page();
		const { link } = await createEvent(page);
		await page.goto(`${link.replace('#', '?seed=e2e#')}`);
		await page.getByRole('button', { name: 'Mulai kuis' }).click();
		await answer(page, true, 4);
		expect(await page.locator('.quiz-counter').innerText()).toBe('Soal 5 dari 10');
		const prompt = await page.locator('.quiz-prompt').innerText();
		await page.reload();
		await expect.poll(() => page.locator('.quiz-counter').innerText()).toBe('Soal 5 dari 10');
		expect(await page.locator('.quiz-prompt').innerText()).toBe(prompt);
		await answer(page, true);
		await issueFromForm(page, '<b>Siti</b> "Ami" 🙂', '1980 0101 200501 2 001');
		const card = page.locator('.receipt-card');
		expect(await card.innerText()).toContain('<b>Siti</b> "Ami" 🙂');
		expect(await card.locator('b').count()).toBe(0);
		expect(await card.innerText()).toMatch(/APEL-NETRALITAS-KAB-CONTOH[\s\S]*10 dari 10 benar \(batas lulus 80%\)[\s\S]*\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB/);
		expect(await card.innerText()).toMatch(/tidak membuktikan siapa yang mengerjakan kuis/);
		await expect.poll(() => card.locator('.receipt-qr svg').count()).toBe(1);
		expect(await findAxeViolations(page)).toEqual([]);

		await page.reload();
		await expect.poll(() => page.locator('.receipt-card').count()).toBe(1);
		await page.goto(siteUrl('/ikrar/tanda-selesai-saya/'));
		await expect.poll(() => page.locator('.my-receipts li').count()).toBe(1);
		expect(await page.locator('.my-receipts').innerText()).toMatch(/APEL-NETRALITAS-KAB-CONTOH/);
	});

	test('penyelenggara menempel 50 tanda selesai dan melihat putusan serta jumlah yang benar, lalu mengekspor XLSX', async () => {
		const page = browser.page();
		const { event } = await createEvent(page);
		const check = siteUrl('/ikrar/periksa/');
		const issuedAt = toIsoMinute(Date.now() - 10 * 60_000);
		const fields = (index: number, change: Partial<ReceiptFields> = {}): ReceiptFields => ({
			name: `Peserta ${index + 1}`, nip: nipOf(index), unit: index < 10 ? 'Dinas Pendidikan' : 'Dinas Kesehatan', eventCode: event.code, correct: 9, total: 10, passPercent: 80, issuedAt, zone: 'WIB', quizVersion: event.quizVersions[0]!, ...change,
		});
		const texts: string[] = [];
		// 16 valid receipts of 16 expected people, each once as text and, for 8 of them, again as a link (duplicates).
		for (let index = 0; index < 16; index++) {
			const receipt = await issueReceipt(fields(index), event.secret);
			texts.push(`01/12/26 08.${String(index).padStart(2, '0')} - ${receipt.name}: ${encodeReceiptText(receipt, check, 'x')}`);
			if (index < 8) texts.push(encodeReceiptLink(await issueReceipt(fields(index, { correct: 8 }), event.secret), check));
		}
		// 22 more valid receipts from people not on the list.
		for (let index = 100; index < 122; index++) texts.push(encodeReceiptLink(await issueReceipt(fields(index, { unit: 'Tamu' }), event.secret), check));
		texts.push(encodeReceiptLink(await issueReceipt(fields(16, { eventCode: 'IKRAR-LAIN' }), event.secret), check));
		texts.push(encodeReceiptLink(await issueReceipt(fields(17, { passPercent: 50, correct: 5 }), event.secret), check));
		const tampered = await issueReceipt(fields(18, { correct: 6 }), event.secret);
		texts.push(encodeReceiptLink({ ...tampered, correct: 10 }, check));
		texts.push(encodeReceiptLink(await issueReceipt(fields(19), 'a2FtdS10aWRhay1wdW55YS1rdW5jaQ'), check));
		expect(texts.length).toBe(50);

		await page.goto(check);
		await page.getByLabel(/Teks tanda selesai/).fill(['01/12/26 07.59 - Panitia: kirim tanda selesai di sini ya', ...texts].join('\n'));
		await page.getByRole('button', { name: 'Periksa', exact: true }).click();
		const outcome = page.locator('.checker-outcome');
		await expect.poll(() => outcome.innerText()).toMatch(/50 tanda selesai ditemukan: 46 sah, 4 ditolak, 8 duplikat, 0 tidak terbaca/);
		expect(await outcome.innerText()).toMatch(/untuk acara IKRAR-LAIN/);
		expect(await outcome.innerText()).toMatch(/Batas lulus tertulis 50%, padahal acara ini menetapkan 80%/);
		expect(await outcome.innerText()).toMatch(/Kode verifikasi tidak cocok/);
		const counts = await page.locator('.roster-counts').innerText();
		expect(counts).toMatch(/Sudah \(sah\)\s*38/);
		expect(counts).toMatch(/Diundang\s*20/);
		expect(counts).toMatch(/Belum\s*4/);
		expect(counts).toMatch(/Tidak di daftar undangan\s*22/);
		expect(counts).toMatch(/Duplikat\s*8/);
		expect(await page.locator('.roster-units').innerText()).toMatch(/Dinas Kesehatan\s*10\s*6\s*4[\s\S]*Dinas Pendidikan\s*10\s*10\s*0/);
		expect(await page.locator('.roster-table tbody tr').count()).toBe(42);
		expect(await findAxeViolations(page)).toEqual([]);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
		const rows = await readSheet((await (await download).path())!);
		expect(rows[0]?.[0]).toBe('NIP');
		const nips = rows.slice(1).map((row) => row[0]);
		expect(nips).toHaveLength(42);
		expect(nips.every((nip) => typeof nip === 'string' && /^\d{18}$/.test(nip))).toBe(true);
		expect(nips).toContain(nipOf(0));

		const csvDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Ekspor CSV' }).click();
		const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
		expect(csv.startsWith('\uFEFFNIP,')).toBe(true);
		expect(csv).toContain(`="${nipOf(0)}"`);
	});

	test('tanda selesai yang diketik persis seperti tercetak dinilai sah, dan #r= baru diperiksa tanpa memuat ulang', async () => {
		const page = browser.page();
		const { event } = await createEvent(page);
		const base = { eventCode: event.code, correct: 9, total: 10, passPercent: 80, issuedAt: toIsoMinute(Date.now() - 60_000), zone: 'WIB' as const, quizVersion: event.quizVersions[0]! };
		const a = await issueReceipt({ ...base, name: 'Siti Aminah', nip: nipOf(0), unit: 'Dinas Pendidikan' }, event.secret);
		const b = await issueReceipt({ ...base, name: 'Budi', nip: nipOf(1), unit: 'Dinas Pendidikan' }, event.secret);
		await page.goto(siteUrl('/ikrar/periksa/'));
		await page.getByText('Atau ketik dari tanda selesai cetak').click();
		const labels: Record<string, string> = { name: 'Nama', nip: 'NIP', unit: 'Instansi/unit', eventCode: 'Kode acara', score: 'Nilai', issuedAt: 'Waktu', quizVersion: 'Versi kuis', code: 'Kode verifikasi' };
		for (const [key, value] of receiptRows(a)) {
			const typed = key === 'code' ? value.toLowerCase().replace('-', ' ') : value;
			await page.locator(`#manual-${key}`).fill(typed);
			expect(await page.locator(`label[for="manual-${key}"]`).innerText()).toBe(labels[key]);
		}
		await page.locator('.checker-manual').getByRole('button', { name: 'Periksa' }).click();
		await expect.poll(() => page.locator('.checker-outcome').innerText()).toMatch(/^SAH: Siti Aminah/);

		await page.evaluate((hash) => (window.location.hash = hash), new URL(encodeReceiptLink(b, siteUrl('/ikrar/periksa/'))).hash);
		await expect.poll(() => page.locator('.checker-outcome').innerText()).toMatch(/^SAH: Budi/);
		// The roster shows the expected list's name for that NIP, done.
		expect(await page.locator('.roster-table tbody').innerText()).toMatch(/198001012005011001\s+Peserta 2\s+Dinas Pendidikan\s+9\/10[\s\S]*?sudah/);
	});

	test('tanda selesai tercetak pada satu halaman A4', async () => {
		const page = browser.page();
		const { link } = await createEvent(page);
		await page.goto(link.replace('#', '?seed=cetak#'));
		await page.getByRole('button', { name: 'Mulai kuis' }).click();
		await answer(page, true);
		await issueFromForm(page, 'Siti Aminah', nipOf(0));
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
	});

	test('tautan lama dengan nama acara biasa dibuka sebagai latihan, bukan ditolak', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/ikrar/kuis/?acara=Apel Netralitas Kab. Contoh&soal=10&lulus=50'));
		await expect.poll(() => page.locator('.pledge-start').innerText()).toMatch(/APEL-NETRALITAS-KAB-CONTOH[\s\S]*model lama tanpa kunci acara/);
		await page.goto(siteUrl('/ikrar/kuis/?soal=500'));
		await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/Tautan kuis tidak valid[\s\S]*soal/);
	});

	test('perlengkapan acara mencetak berita acara dan pakta per peserta', async () => {
		const page = browser.page();
		await createEvent(page);
		await page.goto(siteUrl('/ikrar/kit/?dokumen=pakta'));
		await expect.poll(() => page.locator('.kit-pakta .kit-page').count()).toBe(20);
		expect(await page.locator('.kit-pakta .kit-page').first().innerText()).toMatch(/Peserta 1[\s\S]*198001012005011000[\s\S]*UU 20\/2023/);
		const pakta = await page.pdf({ format: 'A4' });
		expect((pakta.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(20);
		await page.goto(siteUrl('/ikrar/kit/'));
		await page.getByLabel('Hadir di tempat').fill('18');
		expect(await page.locator('.kit-page').innerText()).toMatch(/Peserta yang diundang\s*20[\s\S]*Hadir di tempat\s*18[\s\S]*Diundang tetapi belum lulus kuis\s*20/);
		// The typed counts are kept on the organiser's device: a reload prints them again.
		await page.reload();
		await expect.poll(() => page.getByLabel('Hadir di tempat').inputValue()).toBe('18');
		expect(await page.locator('.kit-page').innerText()).toMatch(/Hadir di tempat\s*18/);
		expect(await findAxeViolations(page)).toEqual([]);
	});
});
