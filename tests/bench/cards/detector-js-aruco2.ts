/** js-aruco2's own detect() with its AprilTag 36h11 dictionary, at the library's default tolerance and at a strict one. */
import aruco from 'js-aruco2';
import 'js-aruco2/src/dictionaries/apriltag_36h11.js';
import type { Detector, Frame } from './detectors';

interface ArucoDetector {
	detect(image: Frame): { id: number; corners: { x: number; y: number }[] }[];
}
const AR = (aruco as unknown as { AR: { Detector: new (config: object) => ArucoDetector } }).AR;

export function createJsAruco2(maxHammingDistance?: number): Detector {
	const detector = new AR.Detector({ dictionaryName: 'APRILTAG_36h11', ...(maxHammingDistance === undefined ? {} : { maxHammingDistance }) });
	return {
		name: maxHammingDistance === undefined ? 'js-aruco2 (default tolerance)' : `js-aruco2 (maxHammingDistance ${maxHammingDistance})`,
		detect: (frame) => detector.detect(frame).map((marker) => ({ id: marker.id, corners: marker.corners })),
	};
}

