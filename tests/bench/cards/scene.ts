/**
 * Renders a hall scene in the browser: rows of people holding answer cards, near rows larger, each
 * card turned to its answer with some wobble, tilted in 3D, partly covered by the holder's hands,
 * then blurred, lit unevenly and given sensor noise. Every card's true number, answer and marker
 * size come back with the frame. Seeded: the same spec gives the same pixels.
 */
import { CARD_LETTERS, type CardLetter, type Point } from '~/lib/cards/card-answer';
import { MARKER_CELLS, markerCells } from '~/lib/cards/marker-grid';
import { createSeededRandom, type RandomSource } from '~/lib/quiz/random';

export interface SceneSpec {
	seed: string;
	cards: number;
	/** Marker side (black square, before tilt) in pixels at the back row and at the front row. */
	minSide: number;
	maxSide: number;
	width: number;
	height: number;
	/** Largest 3D tilt of a card away from the camera, degrees. */
	maxTilt: number;
	/** Share of cards whose holder's thumb reaches over the marker's black border. */
	thumbOverMarker: number;
	blur: number;
	noise: number;
}

export interface CardTruth {
	cardNumber: number;
	letter: CardLetter;
	center: Point;
	side: number;
	thumbOverMarker: boolean;
}

/** Card layout in card units: the marker is 8 cells, the card 12 cells (letters in the margin). */
const CARD_CELLS = 12;
const TEXTURE_CELL = 16;

function gaussian(random: RandomSource): number {
	const u = Math.max(random(), 1e-9);
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Draw one card face as a grey texture: marker centred, the four letters small on the edges. */
function cardTexture(cardNumber: number): HTMLCanvasElement {
	const size = CARD_CELLS * TEXTURE_CELL;
	const canvas = document.createElement('canvas');
	canvas.width = size;
	canvas.height = size;
	const context = canvas.getContext('2d')!;
	context.fillStyle = '#f4f4f0';
	context.fillRect(0, 0, size, size);
	const offset = ((CARD_CELLS - MARKER_CELLS) / 2) * TEXTURE_CELL;
	context.fillStyle = '#111';
	markerCells(cardNumber - 1).forEach((row, y) =>
		row.forEach((isBlack, x) => {
			if (isBlack) context.fillRect(offset + x * TEXTURE_CELL, offset + y * TEXTURE_CELL, TEXTURE_CELL, TEXTURE_CELL);
		}),
	);
	context.fillStyle = '#777';
	context.font = `${TEXTURE_CELL}px sans-serif`;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	CARD_LETTERS.forEach((letter, index) => {
		context.save();
		context.translate(size / 2, size / 2);
		context.rotate((index * Math.PI) / 2);
		context.fillText(letter, 0, -size / 2 + TEXTURE_CELL * 0.9);
		context.restore();
	});
	context.font = `${TEXTURE_CELL * 0.7}px sans-serif`;
	context.fillText(String(cardNumber), size - TEXTURE_CELL * 1.2, size - TEXTURE_CELL * 0.7);
	return canvas;
}

type Homography = number[];

/** Homography taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to four image points. */
function squareToQuad(quad: Point[]): Homography {
	const [p0, p1, p2, p3] = quad as [Point, Point, Point, Point];
	const dx1 = p1.x - p2.x;
	const dx2 = p3.x - p2.x;
	const dx3 = p0.x - p1.x + p2.x - p3.x;
	const dy1 = p1.y - p2.y;
	const dy2 = p3.y - p2.y;
	const dy3 = p0.y - p1.y + p2.y - p3.y;
	const det = dx1 * dy2 - dx2 * dy1;
	const g = (dx3 * dy2 - dx2 * dy3) / det;
	const h = (dx1 * dy3 - dx3 * dy1) / det;
	return [p1.x - p0.x + g * p1.x, p3.x - p0.x + h * p3.x, p0.x, p1.y - p0.y + g * p1.y, p3.y - p0.y + h * p3.y, p0.y, g, h, 1];
}

function invert3(m: Homography): Homography {
	const [a, b, c, d, e, f, g, h, i] = m as [number, number, number, number, number, number, number, number, number];
	const A = e * i - f * h;
	const B = -(d * i - f * g);
	const C = d * h - e * g;
	const det = a * A + b * B + c * C;
	return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

function apply(m: Homography, u: number, v: number): Point {
	const w = m[6]! * u + m[7]! * v + m[8]!;
	return { x: (m[0]! * u + m[1]! * v + m[2]!) / w, y: (m[3]! * u + m[4]! * v + m[5]!) / w };
}

/** Project a card (unit square in card space) held at `center`, turned by roll, tilted by pitch/yaw. */
function projectCard(center: Point, cardSide: number, roll: number, pitch: number, yaw: number): Point[] {
	const focal = 1100;
	const corners3d = [
		[-0.5, -0.5],
		[0.5, -0.5],
		[0.5, 0.5],
		[-0.5, 0.5],
	].map(([u, v]) => {
		let x = u! * cardSide;
		let y = v! * cardSide;
		let z = 0;
		// Roll (in the card's plane), then pitch about x, then yaw about y.
		[x, y] = [x * Math.cos(roll) - y * Math.sin(roll), x * Math.sin(roll) + y * Math.cos(roll)];
		[y, z] = [y * Math.cos(pitch) - z * Math.sin(pitch), y * Math.sin(pitch) + z * Math.cos(pitch)];
		[x, z] = [x * Math.cos(yaw) + z * Math.sin(yaw), -x * Math.sin(yaw) + z * Math.cos(yaw)];
		return { x, y, z };
	});
	return corners3d.map(({ x, y, z }) => ({ x: center.x + (focal * x) / (focal + z), y: center.y + (focal * y) / (focal + z) }));
}

/** Warp a card texture into the frame through its homography, 2×2 supersampled. */
function drawWarped(frame: Float32Array, width: number, height: number, texture: Uint8ClampedArray, textureSize: number, quad: Point[]): void {
	const toImage = squareToQuad(quad);
	const toCard = invert3(toImage);
	const xs = quad.map((p) => p.x);
	const ys = quad.map((p) => p.y);
	const x0 = Math.max(0, Math.floor(Math.min(...xs)));
	const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)));
	const y0 = Math.max(0, Math.floor(Math.min(...ys)));
	const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
	const offsets = [0.25, 0.75];
	for (let y = y0; y <= y1; y++) {
		for (let x = x0; x <= x1; x++) {
			let sum = 0;
			let inside = 0;
			for (const oy of offsets) {
				for (const ox of offsets) {
					const { x: u, y: v } = apply(toCard, x + ox, y + oy);
					if (u < 0 || u >= 1 || v < 0 || v >= 1) continue;
					inside++;
					sum += texture[(Math.floor(v * textureSize) * textureSize + Math.floor(u * textureSize)) * 4]!;
				}
			}
			if (inside === 0) continue;
			const index = y * width + x;
			frame[index] = (frame[index]! * (4 - inside) + sum) / 4;
		}
	}
}

export interface RenderedScene {
	image: ImageData;
	truths: CardTruth[];
}

/** Render one hall frame for a spec. */
export function renderScene(spec: SceneSpec): RenderedScene {
	const random = createSeededRandom(spec.seed);
	const { width, height } = spec;
	const frame = new Float32Array(width * height);
	// Wall and floor: a dim gradient with people-shaped clutter drawn on a 2D canvas first.
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	const wall = context.createLinearGradient(0, 0, 0, height);
	wall.addColorStop(0, '#8a8478');
	wall.addColorStop(1, '#4a4640');
	context.fillStyle = wall;
	context.fillRect(0, 0, width, height);

	// Rows from the back (top, small) to the front (bottom, large) until every card has a place.
	const placements: { center: Point; side: number }[] = [];
	let rowTop = 6;
	const sideAt = (y: number) => spec.minSide + ((spec.maxSide - spec.minSide) * Math.min(1, y / height));
	// Choose a row spacing factor that fits the requested count in the frame.
	for (let spacing = 1.9; spacing >= 1.2 && placements.length < spec.cards; spacing -= 0.05) {
		placements.length = 0;
		rowTop = 6;
		while (rowTop < height) {
			const side = sideAt(rowTop);
			const card = (side * CARD_CELLS) / MARKER_CELLS;
			const pitch = card * spacing;
			if (rowTop + card > height - 2) break;
			const perRow = Math.floor((width - 8) / pitch);
			const slack = width - 8 - perRow * pitch;
			for (let column = 0; column < perRow; column++) {
				const jitter = (random() - 0.5) * (pitch - card * 1.15);
				placements.push({ center: { x: 4 + slack / 2 + pitch * (column + 0.5) + jitter, y: rowTop + card / 2 + (random() - 0.5) * card * 0.1 }, side });
			}
			rowTop += card * (spacing * 0.85);
		}
	}
	if (placements.length < spec.cards) throw new Error(`Scene ${spec.seed}: only ${placements.length} places for ${spec.cards} cards.`);
	// Pick which places hold a card, keeping the spread over rows.
	const chosen = placements
		.map((place) => ({ place, key: random() }))
		.sort((a, b) => a.key - b.key)
		.slice(0, spec.cards)
		.map(({ place }) => place);

	// Heads and shoulders behind each card.
	for (const { center, side } of chosen) {
		const card = (side * CARD_CELLS) / MARKER_CELLS;
		context.fillStyle = `hsl(${20 + random() * 20}, ${20 + random() * 30}%, ${12 + random() * 30}%)`;
		context.beginPath();
		context.ellipse(center.x + (random() - 0.5) * card * 0.3, center.y + card * 0.4, card * 0.75, card * 0.55, 0, 0, Math.PI * 2);
		context.fill();
		context.fillStyle = `hsl(${20 + random() * 15}, 35%, ${30 + random() * 25}%)`;
		context.beginPath();
		context.ellipse(center.x + (random() - 0.5) * card * 0.4, center.y - card * 0.55, card * 0.3, card * 0.36, 0, 0, Math.PI * 2);
		context.fill();
	}
	const background = context.getImageData(0, 0, width, height).data;
	for (let index = 0; index < width * height; index++) {
		frame[index] = 0.3 * background[index * 4]! + 0.59 * background[index * 4 + 1]! + 0.11 * background[index * 4 + 2]!;
	}

	const truths: CardTruth[] = [];
	const numbers = Array.from({ length: 587 }, (_, index) => index + 1)
		.map((number) => ({ number, key: random() }))
		.sort((a, b) => a.key - b.key)
		.slice(0, spec.cards)
		.map(({ number }) => number);
	const textureSize = CARD_CELLS * TEXTURE_CELL;
	const hands: { quad: Point[]; thumbOverMarker: boolean; card: number }[] = [];
	chosen.forEach(({ center, side }, index) => {
		const cardNumber = numbers[index]!;
		const letter = CARD_LETTERS[Math.floor(random() * 4)]!;
		const texture = cardTexture(cardNumber).getContext('2d')!.getImageData(0, 0, textureSize, textureSize).data;
		// Holding `letter` on top turns the card that many quarter turns counter-clockwise, plus wobble.
		const wobble = ((random() - 0.5) * 2 * 20 * Math.PI) / 180;
		const roll = (-CARD_LETTERS.indexOf(letter) * Math.PI) / 2 + wobble;
		const tilt = (Math.sqrt(random()) * spec.maxTilt * Math.PI) / 180;
		const direction = random() * Math.PI * 2;
		const card = (side * CARD_CELLS) / MARKER_CELLS;
		const quad = projectCard(center, card, roll, tilt * Math.cos(direction), tilt * Math.sin(direction));
		drawWarped(frame, width, height, texture, textureSize, quad);
		const thumbOverMarker = random() < spec.thumbOverMarker;
		hands.push({ quad, thumbOverMarker, card });
		truths.push({ cardNumber, letter, center, side, thumbOverMarker });
	});

	// Hands: fingers over the card's lower margin (image-space bottom), sometimes a thumb over the border.
	const handCanvas = document.createElement('canvas');
	handCanvas.width = width;
	handCanvas.height = height;
	const hand = handCanvas.getContext('2d', { willReadFrequently: true })!;
	for (const { quad, thumbOverMarker, card } of hands) {
		const bottom = [...quad].sort((a, b) => b.y - a.y).slice(0, 2);
		const centre = { x: quad.reduce((s, p) => s + p.x, 0) / 4, y: quad.reduce((s, p) => s + p.y, 0) / 4 };
		hand.fillStyle = `hsl(${20 + random() * 15}, 40%, ${35 + random() * 30}%)`;
		for (const corner of bottom) {
			// A hand near the lower corner, reaching only into the 2-cell margin.
			const reach = thumbOverMarker ? 0.3 : 0.12;
			const x = corner.x + (centre.x - corner.x) * reach;
			const y = corner.y + (centre.y - corner.y) * reach;
			hand.beginPath();
			hand.ellipse(x, y + card * 0.05, card * 0.11, card * 0.09, random() * Math.PI, 0, Math.PI * 2);
			hand.fill();
		}
	}
	const handPixels = hand.getImageData(0, 0, width, height).data;
	for (let index = 0; index < width * height; index++) {
		const alpha = handPixels[index * 4 + 3]! / 255;
		if (alpha > 0) {
			const grey = 0.3 * handPixels[index * 4]! + 0.59 * handPixels[index * 4 + 1]! + 0.11 * handPixels[index * 4 + 2]!;
			frame[index] = frame[index]! * (1 - alpha) + grey * alpha;
		}
	}

	// Uneven light: windows on one side, a dim far corner, vignetting; then blur and sensor noise.
	const lightX = random() < 0.5 ? 0 : width;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const side = 1 - Math.abs(x - lightX) / width;
			const vignette = 1 - 0.35 * (((x - width / 2) / (width / 2)) ** 2 + ((y - height / 2) / (height / 2)) ** 2) / 2;
			frame[y * width + x] = frame[y * width + x]! * (0.45 + 0.55 * side) * vignette;
		}
	}
	const image = context.createImageData(width, height);
	for (let index = 0; index < width * height; index++) {
		const value = frame[index]!;
		image.data[index * 4] = value;
		image.data[index * 4 + 1] = value * 0.97;
		image.data[index * 4 + 2] = value * 0.92;
		image.data[index * 4 + 3] = 255;
	}
	context.putImageData(image, 0, 0);
	const blurred = document.createElement('canvas');
	blurred.width = width;
	blurred.height = height;
	const blurContext = blurred.getContext('2d', { willReadFrequently: true })!;
	blurContext.filter = `blur(${spec.blur}px)`;
	blurContext.drawImage(canvas, 0, 0);
	const output = blurContext.getImageData(0, 0, width, height);
	for (let index = 0; index < width * height; index++) {
		const n = gaussian(random) * spec.noise;
		for (let channel = 0; channel < 3; channel++) {
			output.data[index * 4 + channel] = output.data[index * 4 + channel]! + n + gaussian(random) * spec.noise * 0.3;
		}
	}
	return { image: output, truths };
}
