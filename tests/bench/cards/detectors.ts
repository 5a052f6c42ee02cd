/**
 * The detectors under test, each behind one shape: RGBA frame in, markers (id and canonical
 * corners) out. Each entry is bundled on its own so its bytes can be weighed.
 */
import type { DetectedMarker } from '~/lib/cards/card-answer';

export interface Frame {
	width: number;
	height: number;
	data: Uint8ClampedArray;
}

export interface Detector {
	name: string;
	detect(frame: Frame): DetectedMarker[];
}

export type DetectorFactory = () => Promise<Detector>;
