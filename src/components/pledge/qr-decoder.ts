/**
 * QR decoding for browsers without BarcodeDetector (Firefox, Safari, desktop Chromium on Linux and
 * Windows): zxing-wasm's reader build, served from this site (never a CDN, so it works offline).
 * This module is imported only when the camera is opened; its wasm file is fetched then too.
 */
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

prepareZXingModule({
	overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
	fireImmediately: false,
});

/** Read the QR codes in one camera frame. */
export async function decodeQrFrame(frame: ImageData): Promise<string[]> {
	const results = await readBarcodes(frame, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 4 });
	return results.filter((result) => result.isValid).map((result) => result.text);
}
