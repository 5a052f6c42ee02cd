import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MARKED_CHANGE, restoreUpstream } from '../../../support/upstream-copy';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const COPIES = {
	'src/lib/cards/vendor/js-aruco2/cv.js': 'node_modules/js-aruco2/src/cv.js',
	'src/lib/cards/vendor/js-aruco2/aruco.js': 'node_modules/js-aruco2/src/aruco.js',
	'src/lib/cards/vendor/js-aruco2/apriltag_36h11.js': 'node_modules/js-aruco2/src/dictionaries/apriltag_36h11.js',
};

describe('the adapted copy of js-aruco2', () => {
	test.each(Object.entries(COPIES))('%s differs from upstream only in its marked blocks', (copy, upstream) => {
		const text = readFileSync(join(ROOT, copy), 'utf8');
		expect(text.match(MARKED_CHANGE)?.length ?? 0).toBeGreaterThan(0);
		expect(restoreUpstream(text)).toBe(readFileSync(join(ROOT, upstream), 'utf8'));
	});

	test('detects a clean rendered marker with the shipped settings', async () => {
		const { createCardDetector } = await import('~/lib/cards/card-detector');
		const { markerCells } = await import('~/lib/cards/marker-grid');
		// Card 42 held with C up (marker turned 180°): 12 px cells on a white 160×160 frame.
		const cells = markerCells(41);
		const size = 160;
		const data = new Uint8ClampedArray(size * size * 4).fill(255);
		for (let y = 0; y < 96; y++) {
			for (let x = 0; x < 96; x++) {
				const isBlack = cells[7 - Math.floor(y / 12)]![7 - Math.floor(x / 12)]!;
				const index = ((y + 32) * size + (x + 32)) * 4;
				if (isBlack) data.fill(0, index, index + 3);
			}
		}
		const markers = createCardDetector()({ width: size, height: size, data });
		expect(markers.map((marker) => marker.id)).toEqual([41]);
		const { readCard } = await import('~/lib/cards/card-answer');
		expect(readCard(markers[0]!)).toMatchObject({ cardNumber: 42, letter: 'C' });
	});
});
