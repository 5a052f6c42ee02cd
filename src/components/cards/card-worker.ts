/**
 * Reads answer cards off the main thread, so the deck stays responsive while a 720p frame takes a
 * second: frame in (its pixels transferred), readings out.
 */
import { readCard, type CardReading } from '~/lib/cards/card-answer';
import { createCardDetector, type CardFrame } from '~/lib/cards/card-detector';
import { CARD_FAMILY_SIZE } from '~/lib/cards/card-answer';

export interface CardWorkerRequest {
	frame: CardFrame;
	/** Echoed back so the caller can match answers to frames. */
	sequence: number;
}

export interface CardWorkerResponse {
	sequence: number;
	readings: CardReading[];
	ms: number;
}

const detect = createCardDetector();

self.addEventListener('message', (event: MessageEvent<CardWorkerRequest>) => {
	const { frame, sequence } = event.data;
	const started = performance.now();
	const readings = detect(frame)
		.filter((marker) => marker.id >= 0 && marker.id < CARD_FAMILY_SIZE)
		.map(readCard);
	const response: CardWorkerResponse = { sequence, readings, ms: performance.now() - started };
	self.postMessage(response);
});
