/** js-aruco2 as published: its own detect(), at its default tolerance or the one given in the URL. */
import { createJsAruco2 } from './detector-js-aruco2';

const tolerance = new URLSearchParams(location.search).get('hamming');
window.benchDetector = createJsAruco2(tolerance === null || tolerance === '' ? undefined : Number(tolerance));
document.documentElement.dataset.ready = 'true';
