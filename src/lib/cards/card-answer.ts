/**
 * Kartu jawaban: how a printed card's marker encodes a card number and an answer.
 *
 * Each card carries one AprilTag 36h11 marker (587 distinct ids, every pair of codes and rotations at
 * least 11 bits apart). Card number n carries marker id n - 1. The holder answers by turning the
 * card so the chosen letter is on top: A is printed on the edge above the marker's canonical top,
 * then B, C, D clockwise. The detector reports the marker's corners in canonical order (top-left,
 * top-right, bottom-right, bottom-left of the unrotated marker), so the edge that faces up in the
 * image is the answer. A card held askew (near 45°) is reported as unclear rather than guessed.
 */

/** AprilTag 36h11 has 587 codes; card numbers run 1..587. */
export const CARD_FAMILY_SIZE = 587;

export type CardLetter = 'A' | 'B' | 'C' | 'D';

/** The card's edges clockwise from the marker's canonical top. */
export const CARD_LETTERS: readonly CardLetter[] = ['A', 'B', 'C', 'D'];

export interface Point {
	x: number;
	y: number;
}

/** A marker as a detector reports it: its id and four corners in canonical order. */
export interface DetectedMarker {
	id: number;
	corners: readonly [Point, Point, Point, Point] | readonly Point[];
}

export interface CardReading {
	cardNumber: number;
	/** The letter on the edge facing up, or undefined when the card is held too far askew to tell. */
	letter: CardLetter | undefined;
	/** Degrees between the up-facing edge and straight up (0 = square to the camera's up). */
	skewDegrees: number;
	center: Point;
	/** Mean side of the marker in pixels, for the overlay and for size statistics. */
	side: number;
	corners: readonly Point[];
}

/** The largest angle from upright that still reads as a letter; nearer 45° the card is unclear. */
export const MAX_SKEW_DEGREES = 38;

/** Give the card number printed on a card from its marker id. */
export function cardNumberFromMarkerId(markerId: number): number {
	if (!Number.isInteger(markerId) || markerId < 0 || markerId >= CARD_FAMILY_SIZE) {
		throw new RangeError(`Marker id ${markerId} is outside AprilTag 36h11 (0..${CARD_FAMILY_SIZE - 1}).`);
	}
	return markerId + 1;
}

/** Give the marker id printed on card number n. */
export function markerIdFromCardNumber(cardNumber: number): number {
	if (!Number.isInteger(cardNumber) || cardNumber < 1 || cardNumber > CARD_FAMILY_SIZE) {
		throw new RangeError(`Card number ${cardNumber} is outside 1..${CARD_FAMILY_SIZE}.`);
	}
	return cardNumber - 1;
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * Read which edge of a marker faces up in the image (y grows downwards). The outward direction of
 * each canonical edge is taken from the marker's centre to the edge's midpoint, which survives the
 * perspective of a tilted card better than the corner angles do.
 */
export function readUpEdge(corners: readonly Point[]): { letter: CardLetter | undefined; skewDegrees: number; center: Point; side: number } {
	if (corners.length !== 4) throw new RangeError(`A marker has 4 corners, got ${corners.length}.`);
	const [c0, c1, c2, c3] = corners as [Point, Point, Point, Point];
	const center = { x: (c0.x + c1.x + c2.x + c3.x) / 4, y: (c0.y + c1.y + c2.y + c3.y) / 4 };
	// Canonical edges clockwise: top (c0-c1), right (c1-c2), bottom (c2-c3), left (c3-c0).
	const edges = [midpoint(c0, c1), midpoint(c1, c2), midpoint(c2, c3), midpoint(c3, c0)];
	let best = 0;
	let bestAngle = Infinity;
	edges.forEach((edge, index) => {
		// Angle between (edge - center) and image up (0, -1).
		const angle = Math.abs(Math.atan2(edge.x - center.x, -(edge.y - center.y)));
		if (angle < bestAngle) {
			bestAngle = angle;
			best = index;
		}
	});
	const skewDegrees = (bestAngle * 180) / Math.PI;
	const side = (distance(c0, c1) + distance(c1, c2) + distance(c2, c3) + distance(c3, c0)) / 4;
	return { letter: skewDegrees <= MAX_SKEW_DEGREES ? CARD_LETTERS[best] : undefined, skewDegrees, center, side };
}

/** Turn a detected marker into a card reading: its number and the letter held up. */
export function readCard(marker: DetectedMarker): CardReading {
	const { letter, skewDegrees, center, side } = readUpEdge(marker.corners);
	return { cardNumber: cardNumberFromMarkerId(marker.id), letter, skewDegrees, center, side, corners: marker.corners };
}

/**
 * The canonical corners of a marker held with `letter` on top, for tests and rendered scenes: an
 * upright square of side `side` centred on `center`, turned so that letter's edge faces up.
 */
export function cornersHeldUp(letter: CardLetter, center: Point, side: number): Point[] {
	const half = side / 2;
	// Upright marker, canonical order TL, TR, BR, BL.
	const upright: Point[] = [
		{ x: -half, y: -half },
		{ x: half, y: -half },
		{ x: half, y: half },
		{ x: -half, y: half },
	];
	// Holding edge k on top means turning the card k quarter turns counter-clockwise (as seen).
	const turns = CARD_LETTERS.indexOf(letter);
	const angle = (-turns * Math.PI) / 2;
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	return upright.map((point) => ({ x: center.x + point.x * cos - point.y * sin, y: center.y + point.x * sin + point.y * cos }));
}
