/**
 * A QR code drawn by `toQrPath` as pixels a QR reader (jsQR) can decode, outside any browser: the
 * unit test of the encoder and the built-site test of the slides' codes read codes the same way.
 */
import jsQR from 'jsqr';

/** Paint a path's squares into RGBA pixels, `scale` pixels per module, with a white quiet zone. */
export function rasteriseQrPath(d: string, size: number, scale = 4, margin = 4): { pixels: Uint8ClampedArray; side: number } {
	const side = (size + 2 * margin) * scale;
	const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
	// The path is toQrPath's own output (one "M x y h n v1 h-n z" per run), not markup.
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

/** The text a QR path decodes to, or undefined when a reader cannot find a code in it. */
export function decodeQrPath(d: string, size: number): string | undefined {
	const { pixels, side } = rasteriseQrPath(d, size);
	return jsQR(pixels, side, side)?.data;
}
