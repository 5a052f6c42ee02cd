import { createOpenCv } from './detector-opencv';

createOpenCv().then(
	(detector) => {
		window.benchDetector = detector;
		document.documentElement.dataset.ready = 'true';
	},
	(error: unknown) => {
		document.documentElement.dataset.ready = `error: ${String(error)}`;
	},
);
