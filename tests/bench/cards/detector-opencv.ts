/**
 * OpenCV.js's aruco module (ArucoDetector, DICT_APRILTAG_36h11) from @opencvjs/web. OpenCV draws
 * this family turned 180° from js-aruco2 (same codes; generateImageMarker matches js-aruco2's cells turned 180°), so its
 * corners are rotated by two to name the same canonical top as the printed cards.
 */
import { loadOpenCV } from '@opencvjs/web';
import type { Detector } from './detectors';

export async function createOpenCv(): Promise<Detector> {
	// biome-ignore lint: the typings of this build lag behind its aruco bindings.
	const cv = (await loadOpenCV()) as any;
	const dictionary = cv.getPredefinedDictionary(cv.DICT_APRILTAG_36h11);
	const parameters = new cv.aruco_DetectorParameters();
	const refine = new cv.aruco_RefineParameters(10, 3, true);
	const detector = new cv.aruco_ArucoDetector(dictionary, parameters, refine);
	return {
		name: 'OpenCV.js aruco (@opencvjs/web)',
		detect(frame) {
			const rgba = cv.matFromImageData(frame);
			const grey = new cv.Mat();
			cv.cvtColor(rgba, grey, cv.COLOR_RGBA2GRAY);
			const corners = new cv.MatVector();
			const ids = new cv.Mat();
			const rejected = new cv.MatVector();
			detector.detectMarkers(grey, corners, ids, rejected);
			const markers = [];
			for (let index = 0; index < corners.size(); index++) {
				const points = corners.get(index);
				const data = points.data32F as Float32Array;
				markers.push({ id: ids.data32S[index] as number, corners: [2, 3, 0, 1].map((corner) => ({ x: data[corner * 2]!, y: data[corner * 2 + 1]! })) });
				points.delete();
			}
			for (const mat of [rgba, grey, corners, ids, rejected]) mat.delete();
			return markers;
		},
	};
}
