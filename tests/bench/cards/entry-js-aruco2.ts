import type { Detector } from './detectors';
import { createCardDetector } from '~/lib/cards/card-detector';
import { createJsAruco2 } from './detector-js-aruco2';

const query = new URLSearchParams(location.search);
const tolerance = query.get('hamming');
const kernels = query.get('kernels');
const scale = Number(query.get('scale') ?? 1);
const inner: Detector = kernels
	? { name: `shipped detector, windows ${kernels}`, detect: createCardDetector({ windows: kernels.split('/').map(Number), maxHammingDistance: Number(tolerance ?? 4) }) }
	: createJsAruco2(tolerance === null || tolerance === '' ? undefined : Number(tolerance));

/** Optionally enlarge the frame (smoothly) before detection, for markers only a few pixels per cell. */
function upscaled(detector: Detector, factor: number): Detector {
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

window.benchDetector = scale > 1 ? upscaled(inner, scale) : inner;
document.documentElement.dataset.ready = 'true';
