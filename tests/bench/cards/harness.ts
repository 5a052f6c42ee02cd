/**
 * The page side of the card-detector benchmark: renders a scene, runs one detector on it, and
 * scores the readings against the truth. Exposed on window for the Node driver.
 */
import { readCard, type CardReading } from '~/lib/cards/card-answer';
import type { Detector } from './detectors';
import { renderScene, type SceneSpec } from './scene';

export interface CardOutcome {
	side: number;
	thumbOverMarker: boolean;
	/** found with the right answer */
	isFound: boolean;
}

export interface FrameResult {
	ms: number;
	outcomes: CardOutcome[];
	/** readings whose number is not on a card in the frame, or whose letter is not the card's */
	misreads: { cardNumber: number; letter: string | undefined; reason: string }[];
	unclear: number;
}

declare global {
	interface Window {
		benchDetector?: Detector;
		runFrame(spec: SceneSpec): FrameResult;
		showScene(spec: SceneSpec): string;
	}
}

window.runFrame = (spec) => {
	const detector = window.benchDetector;
	if (!detector) throw new Error('no detector loaded');
	const { image, truths } = renderScene(spec);
	const started = performance.now();
	const markers = detector.detect(image);
	const readings: CardReading[] = [];
	for (const marker of markers) {
		if (marker.id < 0 || marker.id >= 587) continue;
		readings.push(readCard(marker));
	}
	const ms = performance.now() - started;
	const byNumber = new Map(truths.map((truth) => [truth.cardNumber, truth]));
	const misreads: FrameResult['misreads'] = [];
	const found = new Set<number>();
	let unclear = 0;
	for (const reading of readings) {
		const truth = byNumber.get(reading.cardNumber);
		if (!truth) {
			misreads.push({ cardNumber: reading.cardNumber, letter: reading.letter, reason: 'id not in the frame' });
			continue;
		}
		if (Math.hypot(truth.center.x - reading.center.x, truth.center.y - reading.center.y) > truth.side) {
			misreads.push({ cardNumber: reading.cardNumber, letter: reading.letter, reason: 'id read at another card' });
			continue;
		}
		if (reading.letter === undefined) {
			unclear++;
			continue;
		}
		if (reading.letter !== truth.letter) {
			misreads.push({ cardNumber: reading.cardNumber, letter: reading.letter, reason: `answer ${reading.letter} for ${truth.letter}` });
			continue;
		}
		found.add(reading.cardNumber);
	}
	return {
		ms,
		outcomes: truths.map((truth) => ({ side: truth.side, thumbOverMarker: truth.thumbOverMarker, isFound: found.has(truth.cardNumber) })),
		misreads,
		unclear,
	};
};

window.showScene = (spec) => {
	const { image } = renderScene(spec);
	const canvas = document.createElement('canvas');
	canvas.width = image.width;
	canvas.height = image.height;
	canvas.getContext('2d')!.putImageData(image, 0, 0);
	return canvas.toDataURL('image/png');
};
