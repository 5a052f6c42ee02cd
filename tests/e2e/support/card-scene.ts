/**
 * A hall of answer cards drawn in Node, for the scanner's end-to-end tests: cards on a grey wall,
 * each turned to its answer, written as a Y4M video (Chromium's fake camera plays it in a loop) or
 * as a PNG photo. Cards are drawn from the same marker cells the printed cards use.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { CARD_LETTERS, type CardLetter } from '~/lib/cards/card-answer';
import { MARKER_CELLS, markerCells } from '~/lib/cards/marker-grid';

export interface SceneCard {
	cardNumber: number;
	letter: CardLetter;
}

export interface GreyImage {
	width: number;
	height: number;
	/** One byte per pixel. */
	pixels: Uint8Array;
}

/** Lay the cards out in rows; each card is a white square with its marker turned so `letter` is up. */
export function drawCardScene(cards: readonly SceneCard[], width = 1280, height = 720, cell = 8): GreyImage {
	const pixels = new Uint8Array(width * height).fill(110);
	const cardSide = cell * 12;
	const gap = cell * 3;
	const perRow = Math.floor((width - gap) / (cardSide + gap));
	cards.forEach(({ cardNumber, letter }, index) => {
		const left = gap + (index % perRow) * (cardSide + gap);
		const top = gap + Math.floor(index / perRow) * (cardSide + gap);
		if (top + cardSide > height) throw new Error(`${cards.length} cards do not fit a ${width}×${height} frame at ${cell} px a cell.`);
		const cells = markerCells(cardNumber - 1);
		// Holding edge k on top = the marker turned k quarter turns counter-clockwise.
		const turns = CARD_LETTERS.indexOf(letter);
		const at = (row: number, column: number): boolean => {
			let r = row;
			let c = column;
			for (let turn = 0; turn < turns; turn++) [r, c] = [c, MARKER_CELLS - 1 - r];
			return cells[r]![c]!;
		};
		for (let y = 0; y < cardSide; y++) {
			for (let x = 0; x < cardSide; x++) {
				const row = Math.floor(y / cell) - 2;
				const column = Math.floor(x / cell) - 2;
				const isMarker = row >= 0 && row < MARKER_CELLS && column >= 0 && column < MARKER_CELLS;
				pixels[(top + y) * width + left + x] = isMarker && at(row, column) ? 20 : 235;
			}
		}
	});
	return { width, height, pixels };
}

/** Write a still Y4M clip (4:2:0, grey) that Chromium's fake camera loops. */
export function writeY4m(path: string, image: GreyImage, frames = 2): void {
	const chroma = Buffer.alloc((image.width / 2) * (image.height / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(image.pixels), chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${image.width} H${image.height} F5:1 Ip A1:1 C420jpeg\n`);
	writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Buffer): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** Encode a grey image as PNG, for the photo path (a file input takes it as a camera photo). */
export function encodeGreyPng(image: GreyImage): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(image.width, 0);
	header.writeUInt32BE(image.height, 4);
	header[8] = 8; // bit depth
	header[9] = 0; // greyscale
	const rows = Buffer.alloc((image.width + 1) * image.height);
	for (let y = 0; y < image.height; y++) Buffer.from(image.pixels.subarray(y * image.width, (y + 1) * image.width)).copy(rows, y * (image.width + 1) + 1);
	return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
