import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkerLabels } from '~/config/ui-strings';
import { EVENT_KEY } from '~/lib/pledge/event-store';
import { encodeReceiptLink } from '~/lib/pledge/receipt-codec';
import { makeEvent, makeReceipt } from '../components/pledge/fixtures';
import { useBrowserPage } from './support/browser-hooks';
import { writeY4m } from './support/card-scene';
import { drawQrScene } from './support/qr-scene';
import { findAxeViolations, siteUrl } from './support/site';

/** The organiser's event on this device, running now, and a participant's genuine receipt for it. */
const event = makeEvent();
const receipt = await makeReceipt(event);
// The camera films the receipt's QR code as the receipt card draws it: the link to the check page.
const clip = join(mkdtempSync(join(tmpdir(), 'tanda-selesai-')), 'qr.y4m');
writeY4m(clip, drawQrScene(encodeReceiptLink(receipt, siteUrl('/ikrar/periksa/'))));
const isDecoderRequest = (url: string) => /qr-decoder|zxing|\.wasm(\?|$)/.test(url);

describe('memindai kode QR tanda selesai dengan kamera', () => {
	const browser = useBrowserPage({
		viewport: { width: 412, height: 915 },
		chromiumArgs: () => ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${clip}`],
	});

	test('penyelenggara membuka kamera di halaman periksa; kode QR di kamera terbaca tanpa BarcodeDetector dan dinilai sah', async () => {
		const page = browser.page();
		// Firefox and Safari have no BarcodeDetector: take it away so zxing-wasm reads the frames
		// even on a Chromium build that has one.
		await browser.context().addInitScript(() => {
			delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
		});
		await browser.context().addInitScript(([key, stored]) => localStorage.setItem(key!, stored!), [EVENT_KEY, JSON.stringify({ version: 1, current: event.code, events: [event] })]);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(siteUrl('/ikrar/periksa/'));
		await page.waitForLoadState('networkidle');
		expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
		// The decoder is fetched only when the camera opens.
		expect(requests.filter(isDecoderRequest)).toEqual([]);

		await page.getByRole('button', { name: checkerLabels.scan }).click();
		await expect.poll(() => page.locator('.checker-outcome').innerText(), { timeout: 30_000 }).toMatch(/^SAH: Siti Aminah · 198001012005012001/);
		expect(requests.some((url) => /qr-decoder/.test(url))).toBe(true);
		expect(requests.some((url) => /\.wasm(\?|$)/.test(url))).toBe(true);
		expect(await page.locator('.checker-scan [role="status"]').innerText()).toContain(`${checkerLabels.scanned} 1.`);
		expect(await page.getByRole('button', { name: checkerLabels.scanStop }).isVisible()).toBe(true);
		// The code stays in view: it is not counted again a moment later.
		await page.waitForTimeout(1000);
		expect(await page.locator('.checker-scan [role="status"]').innerText()).toContain(`${checkerLabels.scanned} 1.`);
		// Judged and folded into the roster: done, on the expected list.
		expect(await page.locator('.roster-table tbody').innerText()).toMatch(/198001012005012001\s+Siti Aminah\s+Dinas A\s+9\/10[\s\S]*?sudah/);
		expect(await findAxeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: checkerLabels.scanStop }).click();
		await expect.poll(() => page.locator('.checker-video').isHidden()).toBe(true);
	});
});
