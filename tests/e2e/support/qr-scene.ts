/**
 * A QR code held up to the camera, drawn in Node for the checker's scan test: uqr (the site's own
 * encoder) makes the modules, drawn dark on a white card on a grey wall, as one grey frame that
 * card-scene.ts writes as a Y4M clip for Chromium's fake camera.
 */
import { encode } from 'uqr';
import type { GreyImage } from './card-scene';

/** Draw `text` as a QR code of `module` pixels a module, centred in a width×height frame. */
export function drawQrScene(text: string, width = 640, height = 480, module = 5): GreyImage {
	const { size, data } = encode(text, { ecc: 'M', border: 4 });
	const side = size * module;
	if (side > width || side > height) throw new Error(`a QR code of ${size} modules does not fit ${width}×${height} at ${module} px a module.`);
	const pixels = new Uint8Array(width * height).fill(110);
	const left = Math.floor((width - side) / 2);
	const top = Math.floor((height - side) / 2);
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) pixels[(top + y) * width + left + x] = data[Math.floor(y / module)]![Math.floor(x / module)] ? 25 : 235;
	}
	return { width, height, pixels };
}
