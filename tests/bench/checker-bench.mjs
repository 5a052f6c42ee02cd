// The checker's time for 1,000 pasted receipts (issue 12), as its own section of `npm run bench`:
// in Node (find, judge and fold into the roster, the pure modules alone) and in Chromium on the
// built /ikrar/periksa/ page (paste, click "Periksa", until the summary and the roster are on
// screen), with how many receipt judgements (one HMAC each) the page computes for the paste. Also
// the bytes the lazy parts add when used: the XLSX writer and the QR decoder.
// A benchmark, not a test: it reports figures and never fails on them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { measure, sum } from './page-weight.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'tests', '.output');
const RECEIPTS = 1000;
const RUNS_NODE = 7;
const RUNS_BROWSER = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function loadModules() {
	mkdirSync(OUT, { recursive: true });
	const outfile = join(OUT, 'checker-bench.bundle.mjs');
	await build({ entryPoints: [join(import.meta.dirname, 'checker-entry.ts')], bundle: true, format: 'esm', platform: 'node', outfile, alias: { '~': join(ROOT, 'src') }, logLevel: 'silent' });
	return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** An event running now with 800 expected participants in 20 units. */
function makeEvent(lib) {
	const wib = (hours) => lib.formatZoned(Date.now() + hours * 3_600_000, 'WIB').slice(0, 16).replace(' ', 'T');
	const nip = (index) => `1980010120050${String(10000 + index).slice(-5)}`;
	return {
		nip,
		event: {
			code: 'BENCH-1000', name: 'Bench 1000', questionCount: 20, passPercent: 80, startsAt: wib(-3), endsAt: wib(5), zone: 'WIB',
			secret: 'YmVuY2gta3VuY2ktYWNhcmE', quizVersions: ['BENCH001'],
			expected: Array.from({ length: 800 }, (_, index) => ({ nip: nip(index), name: `Peserta ${index + 1}`, unit: `Unit ${index % 20}` })),
			createdAt: new Date().toISOString(),
		},
	};
}

/**
 * A WhatsApp export with 1,000 receipts among chat lines: 850 valid texts, 100 duplicates (links of
 * people already in), 50 refused (another event, a lowered pass mark, a tampered score).
 */
async function makePaste(lib, event, nip) {
	const checkUrl = 'https://situs.example/ikrar/periksa/';
	const base = { eventCode: event.code, correct: 18, total: 20, passPercent: 80, issuedAt: lib.toIsoMinute(Date.now() - 30 * 60_000), zone: 'WIB', quizVersion: 'BENCH001' };
	const lines = [];
	for (let index = 0; index < 1000; index++) {
		const person = { name: `Peserta ${index + 1}`, nip: nip(index % 850), unit: `Unit ${index % 20}` };
		let receipt;
		if (index < 850) receipt = await lib.issueReceipt({ ...base, ...person }, event.secret);
		else if (index < 950) receipt = await lib.issueReceipt({ ...base, ...person, correct: 17 }, event.secret);
		else if (index < 967) receipt = await lib.issueReceipt({ ...base, ...person, nip: nip(index), eventCode: 'ACARA-LAIN' }, event.secret);
		else if (index < 984) receipt = await lib.issueReceipt({ ...base, ...person, nip: nip(index), passPercent: 50, correct: 10 }, event.secret);
		else receipt = { ...(await lib.issueReceipt({ ...base, ...person, nip: nip(index), correct: 12 }, event.secret)), correct: 20 };
		lines.push(`01/12/26 08.${String(index % 60).padStart(2, '0')} - ${person.name}: Selamat pagi, ini tanda selesai saya`);
		lines.push(index < 850 || index >= 950 ? `01/12/26 08.${String(index % 60).padStart(2, '0')} - ${person.name}: ${lib.encodeReceiptText(receipt, checkUrl, 'catatan')}` : `01/12/26 08.59 - ${person.name}: ${lib.encodeReceiptLink(receipt, checkUrl)}`);
	}
	return lines.join('\n');
}

async function timeInNode(lib, event, paste) {
	const times = [];
	let outcome;
	for (let run = 0; run < RUNS_NODE; run++) {
		const started = performance.now();
		const result = await lib.checkPaste(paste, [], event, Date.now());
		lib.buildRoster(result.outcome.checked, event.expected, event.passPercent);
		times.push(performance.now() - started);
		outcome = result.outcome;
	}
	return { medianMs: Math.round(median(times)), runsMs: times.map(Math.round), counts: { found: outcome.found, valid: outcome.valid, refused: outcome.refused, duplicate: outcome.duplicate } };
}

async function timeInBrowser(baseUrl, event, paste) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
	});
	const times = [];
	const hmacs = [];
	const lazy = {};
	try {
		for (let run = 0; run < RUNS_BROWSER; run++) {
			const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 }, acceptDownloads: true });
			await context.addInitScript((stored) => localStorage.setItem('netralitas:acara:v1', stored), JSON.stringify({ version: 1, current: event.code, events: [event] }));
			// Count the HMACs the page computes: each judgement of a receipt is one.
			await context.addInitScript(() => {
				const sign = crypto.subtle.sign.bind(crypto.subtle);
				window.__hmacCount = 0;
				crypto.subtle.sign = (...args) => {
					window.__hmacCount++;
					return sign(...args);
				};
			});
			const page = await context.newPage();
			await page.goto(`${baseUrl}/ikrar/periksa/`, { waitUntil: 'networkidle' });
			// One insertion, as a paste is (Playwright's fill types through its input pipeline, far slower than a paste).
			await page.locator('#periksa-teks').evaluate((field, text) => {
				field.value = text;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			}, paste);
			const started = await page.evaluate(() => performance.now());
			await page.getByRole('button', { name: 'Periksa', exact: true }).click();
			await page.getByText(/1000 tanda selesai ditemukan/).waitFor({ timeout: 120_000 });
			await page.locator('.roster-table tbody tr').first().waitFor();
			times.push((await page.evaluate(() => performance.now())) - started);
			hmacs.push(await page.evaluate(() => window.__hmacCount));
			if (run === 0) {
				// What the lazy parts add, fetched only when used.
				const fetched = (label) => {
					lazy[label] = [];
					return (response) => response.request().resourceType() !== 'document' && !response.url().startsWith('blob:') && response.body().then((body) => lazy[label].push({ path: new URL(response.url()).pathname, ...measure(body) }), () => undefined);
				};
				let listener = fetched('xlsxWriter');
				page.on('response', listener);
				const download = page.waitForEvent('download', { timeout: 60_000 });
				await page.getByRole('button', { name: 'Ekspor XLSX' }).click();
				// Reported, not thrown: a failed export must not cost the figures measured so far.
				lazy.xlsxError = await download.then(() => undefined, (error) => error.message.split('\n')[0]);
				page.off('response', listener);
				listener = fetched('qrDecoder');
				page.on('response', listener);
				// Chromium on Linux has no BarcodeDetector, so opening the camera loads zxing-wasm.
				const wasm = page.waitForResponse((response) => response.url().endsWith('.wasm'), { timeout: 60_000 });
				await page.getByRole('button', { name: 'Pindai kode QR dengan kamera' }).click();
				await page.getByRole('button', { name: 'Hentikan kamera' }).waitFor({ timeout: 60_000 });
				// The wasm file is fetched on the first frame decoded, a moment after the camera opens.
				await (await wasm).finished();
				await page.waitForTimeout(500);
				page.off('response', listener);
				lazy.hasBarcodeDetector = await page.evaluate(() => 'BarcodeDetector' in window);
			}
			await context.close();
		}
	} finally {
		await browser.close();
	}
	const totals = Object.fromEntries(Object.entries(lazy).filter(([, files]) => Array.isArray(files)).map(([label, files]) => [label, { ...sum(files), files }]));
	return { medianMs: Math.round(median(times)), runsMs: times.map(Math.round), hmacsPerPaste: median(hmacs), lazy: { ...totals, hasBarcodeDetector: lazy.hasBarcodeDetector, xlsxError: lazy.xlsxError } };
}

/** Run the checker benchmark against the built site at baseUrl. */
export async function measureChecker(baseUrl) {
	const lib = await loadModules();
	const { event, nip } = makeEvent(lib);
	const paste = await makePaste(lib, event, nip);
	const node = await timeInNode(lib, event, paste);
	const browser = await timeInBrowser(baseUrl, event, paste);
	return { receipts: RECEIPTS, pasteBytes: Buffer.byteLength(paste), node, browser };
}
