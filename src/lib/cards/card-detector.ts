/**
 * The answer-card detector the scanner ships: js-aruco2's own steps (grey, adaptive threshold,
 * contours, quads, warp, Hamming match against AprilTag 36h11), run with the threshold at more than
 * one window size and merged by marker id. js-aruco2's one fixed window (2) loses most markers once
 * the camera blurs by a pixel; windows of 3 and 6 hold markers from 30 to 80 px (see
 * `npm run bench:cards`). A match may differ from a code by at most 3 bits (js-aruco2's default
 * accepts 10, which misreads), far inside 36h11's minimum distance of 11.
 */
import './vendor/js-aruco2/apriltag_36h11.js';
import { AR as arucoAR } from './vendor/js-aruco2/aruco.js';
import { CV as arucoCV } from './vendor/js-aruco2/cv.js';
import type { DetectedMarker, Point } from './card-answer';

/** An RGBA frame, as ImageData or a camera frame copied into one. */
export interface CardFrame {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

export interface CardDetectorOptions {
	/** Adaptive-threshold windows (js-aruco2's kernel sizes) tried on every frame. */
	windows: readonly number[];
	/** js-aruco2 accepts a code when fewer than this many bits differ. */
	maxHammingDistance: number;
}

export const DEFAULT_DETECTOR_OPTIONS: CardDetectorOptions = { windows: [3, 6], maxHammingDistance: 4 };

interface ArucoMarker {
	id: number;
	corners: Point[];
	hammingDistance: number;
}
interface ArucoDetector {
	grey: unknown;
	thres: unknown;
	binary: unknown[];
	findCandidates(contours: unknown[], minSize: number, epsilon: number, minLength: number): unknown[];
	clockwiseCorners(candidates: unknown[]): unknown[];
	notTooNear(candidates: unknown[], minDist: number): unknown[];
	findMarkers(grey: unknown, candidates: unknown[], warpSize: number): ArucoMarker[];
}
interface ArucoCv {
	grayscale(image: CardFrame, grey: unknown): void;
	adaptiveThreshold(grey: unknown, thres: unknown, kernel: number, threshold: number): void;
	findContours(thres: unknown, binary: unknown[]): unknown[];
}

const Detector = arucoAR.Detector as new (config: { dictionaryName: string; maxHammingDistance: number }) => ArucoDetector;
const CV = arucoCV as ArucoCv;

/** Build a detector: frame in, markers (id and canonical corners) out. */
export function createCardDetector(options: CardDetectorOptions = DEFAULT_DETECTOR_OPTIONS): (frame: CardFrame) => DetectedMarker[] {
	const detector = new Detector({ dictionaryName: 'APRILTAG_36h11', maxHammingDistance: options.maxHammingDistance });
	return (frame) => {
		CV.grayscale(frame, detector.grey);
		const best = new Map<number, ArucoMarker>();
		for (const window of options.windows) {
			// js-aruco2's detect() with the window as a parameter, and quads down to 8 px a side (its own: 10).
			CV.adaptiveThreshold(detector.grey, detector.thres, window, 7);
			const contours = CV.findContours(detector.thres, detector.binary);
			const candidates = detector.notTooNear(detector.clockwiseCorners(detector.findCandidates(contours, frame.width * 0.01, 0.05, 8)), 10);
			for (const marker of detector.findMarkers(detector.grey, candidates, 49)) {
				const known = best.get(marker.id);
				if (!known || marker.hammingDistance < known.hammingDistance) best.set(marker.id, marker);
			}
		}
		return [...best.values()].map((marker) => ({ id: marker.id, corners: marker.corners.map(({ x, y }) => ({ x, y })) }));
	};
}
