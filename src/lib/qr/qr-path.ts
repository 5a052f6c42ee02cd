/**
 * QR codes as data, not markup: the dark modules of a code as one SVG path, drawn by the server
 * (build time, for the address the site is built for) and by the browser (for the address it is
 * actually served from) with the same function, so both give the same picture.
 */
import { encode } from 'uqr';

export interface QrPath {
	/** Modules per side, quiet border included: the SVG's viewBox is 0 0 size size. */
	size: number;
	/** Path data: one 1x1 square per dark module, runs in a row merged. */
	d: string;
}

/** Encode text as a QR code (error correction M, survives a little glare on a projected screen). */
export function toQrPath(text: string): QrPath {
	const { size, data } = encode(text, { ecc: 'M', border: 1 });
	const commands: string[] = [];
	data.forEach((row, y) => {
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x++;
			commands.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return { size, d: commands.join('') };
}

/** An address as printed under a code: no scheme, split after each "/" so it can wrap there. */
export function splitDisplayUrl(url: string): string[] {
	const parts = url.replace(/^https?:\/\//, '').split('/');
	return parts.map((part, index) => (index < parts.length - 1 ? `${part}/` : part)).filter(Boolean);
}
