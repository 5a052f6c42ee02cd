import { describe, expect, test } from 'vitest';
import { splitDisplayUrl, toQrPath } from '~/lib/qr/qr-path';
import { decodeQrPath } from '../../../support/qr-image';

describe('toQrPath', () => {
	test('draws a code that a QR reader decodes back to the text', () => {
		const url = 'http://192.168.1.20:4321/belajar/media-sosial/';
		const { size, d } = toQrPath(url);
		expect(decodeQrPath(d, size)).toBe(url);
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
