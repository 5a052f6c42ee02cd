/** The shipped detector (src/lib/cards/card-detector.ts), at its windows or others given in the URL. */
import { createCardDetector, DEFAULT_DETECTOR_OPTIONS } from '~/lib/cards/card-detector';
import type { Detector } from './detectors';

const query = new URLSearchParams(location.search);
const windows = query.get('windows')?.split('/').map(Number) ?? [...DEFAULT_DETECTOR_OPTIONS.windows];
const scale = Number(query.get('scale') ?? 1);
const inner: Detector = { name: `shipped detector, windows ${windows.join('/')}`, detect: createCardDetector({ ...DEFAULT_DETECTOR_OPTIONS, windows }) };

/** Optionally enlarge the frame (smoothly) before detection, for markers only a few pixels per cell. */
function enlarged(detector: Detector, factor: number): Detector {
	const source = document.createElement('canvas');
	const target = document.createElement('canvas');
	return {
		name: `${detector.name}, frame enlarged ${factor}×`,
		detect(frame) {
			source.width = frame.width;
			source.height = frame.height;
			source.getContext('2d')!.putImageData(new ImageData(new Uint8ClampedArray(frame.data), frame.width, frame.height), 0, 0);
			target.width = frame.width * factor;
			target.height = frame.height * factor;
			const context = target.getContext('2d', { willReadFrequently: true })!;
			context.imageSmoothingQuality = 'high';
			context.drawImage(source, 0, 0, target.width, target.height);
			const big = context.getImageData(0, 0, target.width, target.height);
			return detector.detect(big).map((marker) => ({ id: marker.id, corners: marker.corners.map((p) => ({ x: p.x / factor, y: p.y / factor })) }));
		},
	};
}

window.benchDetector = scale > 1 ? enlarged(inner, scale) : inner;
document.documentElement.dataset.ready = 'true';
