import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { splitDisplayUrl, toQrPath } from '~/lib/qr/qr-path';

/** Paint a path's squares into RGBA pixels, scale pixels per module, with a white quiet zone. */
function rasterise(d: string, size: number, scale = 4, margin = 4) {
	const side = (size + 2 * margin) * scale;
	const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
	for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		const [x, y, length] = [Number(match[1]), Number(match[2]), Number(match[3])];
		for (let dy = 0; dy < scale; dy++) {
			for (let dx = 0; dx < length * scale; dx++) {
				const offset = (((y + margin) * scale + dy) * side + (x + margin) * scale + dx) * 4;
				pixels.fill(0, offset, offset + 3);
			}
		}
	}
	return { pixels, side };
}

describe('toQrPath', () => {
	test('draws a code that a QR reader decodes back to the text', () => {
		const url = 'http://192.168.1.20:4321/belajar/media-sosial/';
		const { size, d } = toQrPath(url);
		const { pixels, side } = rasterise(d, size);
		expect(jsQR(pixels, side, side)?.data).toBe(url);
	});

	test('grows with the text and is the same on every call', () => {
		expect(toQrPath('https://a.id/').size).toBeLessThan(toQrPath(`https://a.id/${'x'.repeat(120)}`).size);
		expect(toQrPath('https://a.id/')).toEqual(toQrPath('https://a.id/'));
	});
});

describe('splitDisplayUrl', () => {
	test('drops the scheme and keeps each "/" with the part before it', () => {
		expect(splitDisplayUrl('https://netralitas.go.id/belajar/media-sosial/')).toEqual(['netralitas.go.id/', 'belajar/', 'media-sosial/']);
		expect(splitDisplayUrl('http://10.0.0.5:4321/hukum/')).toEqual(['10.0.0.5:4321/', 'hukum/']);
	});
});
