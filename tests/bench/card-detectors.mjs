// Card-detector benchmark (kartu jawaban): renders seeded hall scenes in headless Chromium and runs
// each candidate detector on the same 1280×720 frames. Reports, per detector and scene, recall (cards
// found with the right answer) by marker size, misreads (wrong id or wrong answer), milliseconds per
// frame, the gzip bytes the detector adds, and whether it runs under the site's strict CSP.
// Run alone with `npm run bench:cards`; `npm run bench` runs it too. A benchmark, not a test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { measure, sum } from './page-weight.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const OUTPUT = join(ROOT, 'tests', '.output');
const ORIGIN = 'http://bench.test';
/** The policy the site serves (no eval, no inline script); wasm needs its own keyword. */
const STRICT_CSP = "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self'";
const STRICT_CSP_WASM = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: blob:; style-src 'self'";

const FRAMES_PER_SCENE = Number(process.env.BENCH_CARD_FRAMES ?? 3);
const BASE = { width: 1280, height: 720, maxTilt: 45, thumbOverMarker: 0.05, blur: 0.9, noise: 7 };
const SCENES = [
	{ name: '40 kartu, 80→40 px', cards: 40, minSide: 40, maxSide: 80 },
	{ name: '100 kartu, 60→30 px', cards: 100, minSide: 30, maxSide: 60 },
	{ name: '200 kartu, 40→20 px', cards: 200, minSide: 20, maxSide: 40 },
];
const BANDS = [
	{ name: '20–29 px', min: 0, max: 30 },
	{ name: '30–39 px', min: 30, max: 40 },
	{ name: '40–59 px', min: 40, max: 60 },
	{ name: '60–80 px', min: 60, max: Infinity },
];
const DETECTORS = [
	{ key: 'js-aruco2-default', entry: 'entry-js-aruco2.ts', query: '', format: 'iife', csp: STRICT_CSP },
	{ key: 'js-aruco2-hamming-4', entry: 'entry-js-aruco2.ts', query: '?hamming=4', format: 'iife', csp: STRICT_CSP },
	// The shipped detector (src/lib/cards/card-detector.ts): js-aruco2's steps at several threshold windows.
	{ key: 'shipped: js-aruco2 windows 3/6', entry: 'entry-shipped.ts', query: '', format: 'iife', csp: STRICT_CSP },
	{ key: 'js-aruco2 windows 3/5/8', entry: 'entry-shipped.ts', query: '?windows=3/5/8', format: 'iife', csp: STRICT_CSP },
	{ key: 'js-aruco2 windows 4/8, frame enlarged 2x', entry: 'entry-shipped.ts', query: '?windows=4/8&scale=2', format: 'iife', csp: STRICT_CSP },
	{ key: 'opencv-aruco', entry: 'entry-opencv.ts', query: '', format: 'esm', csp: STRICT_CSP_WASM },
];

async function bundle(entry, format, minify) {
	const result = await build({
		entryPoints: [join(import.meta.dirname, 'cards', entry)],
		bundle: true,
		format,
		minify,
		write: false,
		platform: 'browser',
		tsconfig: join(ROOT, 'tsconfig.json'),
		logLevel: 'silent',
	});
	return result.outputFiles[0].text;
}

function page(scripts) {
	return `<!doctype html><html><head><meta charset="utf-8"></head><body>${scripts.map(({ src, type }) => `<script src="${src}"${type ? ` type="${type}"` : ''}></script>`).join('')}</body></html>`;
}

/** Open a page serving the harness and one detector under a CSP; return it once the detector is ready. */
async function openDetector(browser, detector, files, csp) {
	const tab = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	const errors = [];
	tab.on('pageerror', (error) => errors.push(error.message));
	tab.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await tab.route(`${ORIGIN}/**`, (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/') {
			return route.fulfill({
				contentType: 'text/html',
				headers: csp ? { 'content-security-policy': csp } : {},
				body: page([{ src: '/harness.js' }, { src: '/detector.js', type: detector.format === 'esm' ? 'module' : '' }]),
			});
		}
		const body = files[path];
		return body === undefined ? route.fulfill({ status: 404, body: '' }) : route.fulfill({ contentType: 'text/javascript', body });
	});
	await tab.goto(`${ORIGIN}/${detector.query}`);
	await tab.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 120_000 }).catch(() => undefined);
	const ready = await tab.evaluate(() => document.documentElement.dataset.ready ?? 'timeout');
	return { tab, ready, errors };
}

/**
 * What the shipped scanner adds as the browser fetches it: every script requested after the
 * presenter presses "Pindai kartu jawaban" and turns on a (fake) camera in the built hall quiz.
 */
async function measureShippedScanner(browser) {
	const dist = join(ROOT, 'dist');
	if (!existsSync(join(dist, 'presentasi', 'kuis-kelas'))) return undefined;
	const { url, server } = await startStaticServer(dist);
	const context = await browser.newContext({ permissions: ['camera'] });
	const tab = await context.newPage();
	const fetched = [];
	let isScanning = false;
	tab.on('response', async (response) => {
		if (!isScanning || !/\.m?js$/.test(new URL(response.url()).pathname)) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ url: new URL(response.url()).pathname, ...measure(body) });
	});
	try {
		await tab.goto(`${url}/presentasi/kuis-kelas/media-sosial/#2`, { waitUntil: 'networkidle' });
		isScanning = true;
		await tab.getByRole('button', { name: 'Pindai kartu jawaban' }).first().click();
		await tab.getByRole('button', { name: 'Nyalakan kamera' }).click();
		// The first frame's readings are back once the scanner reports its last scan.
		await tab.waitForFunction(() => document.querySelector('[data-card-scan-detail]')?.textContent?.startsWith('Pindaian'), null, { timeout: 60_000 });
		await tab.waitForLoadState('networkidle');
	} finally {
		await context.close();
		server.close();
	}
	return { files: fetched, ...sum(fetched) };
}

const pct = (found, total) => (total === 0 ? '–' : `${((found * 100) / total).toFixed(1)}%`);

export async function runCardBench() {
	const harness = await bundle('harness.ts', 'iife', false);
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
	});
	const results = [];
	let shippedScanner;
	try {
		shippedScanner = await measureShippedScanner(browser);
		for (const detector of DETECTORS) {
			const code = await bundle(detector.entry, detector.format, true);
			const bytes = { raw: Buffer.byteLength(code), gzip: gzipSync(code).length };
			const files = { '/harness.js': harness, '/detector.js': code };
			let { tab, ready, errors } = await openDetector(browser, detector, files, STRICT_CSP);
			const strictCsp = ready === 'true';
			const cspErrors = errors.slice(0, 2);
			let cspUsed = strictCsp ? 'strict' : undefined;
			if (!strictCsp && detector.csp !== STRICT_CSP) {
				await tab.close();
				({ tab, ready, errors } = await openDetector(browser, detector, files, detector.csp));
				if (ready === 'true') cspUsed = 'strict + wasm-unsafe-eval';
			}
			if (ready !== 'true') {
				await tab.close();
				({ tab, ready } = await openDetector(browser, detector, files, undefined));
				if (ready === 'true') cspUsed = 'only without CSP';
			}
			const scenes = [];
			for (const scene of SCENES) {
				const frames = [];
				if (ready === 'true' && process.env.BENCH_CARD_SNAPSHOT && results.length === 0) {
					const url = await tab.evaluate((s) => window.showScene(s), { ...BASE, ...scene, seed: `${scene.name}#0` });
					mkdirSync(OUTPUT, { recursive: true });
					writeFileSync(join(OUTPUT, `card-scene-${scene.cards}.png`), Buffer.from(url.split(',')[1], 'base64'));
				}
				if (ready === 'true') {
					for (let frame = 0; frame < FRAMES_PER_SCENE; frame++) {
						const spec = { ...BASE, ...scene, seed: `${scene.name}#${frame}` };
						frames.push(await tab.evaluate((s) => window.runFrame(s), spec));
					}
				}
				const outcomes = frames.flatMap((frame) => frame.outcomes);
				const bands = BANDS.map((band) => {
					const inBand = outcomes.filter((o) => o.side >= band.min && o.side < band.max);
					return { band: band.name, cards: inBand.length, found: inBand.filter((o) => o.isFound).length };
				});
				const large = outcomes.filter((o) => o.side >= 40);
				const largeClear = large.filter((o) => !o.thumbOverMarker);
				scenes.push({
					scene: scene.name,
					frames: frames.length,
					cards: outcomes.length,
					found: outcomes.filter((o) => o.isFound).length,
					bands,
					at40: { cards: large.length, found: large.filter((o) => o.isFound).length },
					at40Unoccluded: { cards: largeClear.length, found: largeClear.filter((o) => o.isFound).length },
					misreads: frames.flatMap((frame) => frame.misreads),
					unclear: frames.reduce((sum, frame) => sum + frame.unclear, 0),
					msPerFrame: frames.length ? frames.reduce((sum, frame) => sum + frame.ms, 0) / frames.length : undefined,
				});
			}
			await tab.close();
			results.push({ detector: detector.key, bytes, csp: cspUsed ?? 'does not run', cspErrors, scenes });
		}
	} finally {
		await browser.close();
	}
	return { measuredAt: new Date().toISOString(), command: 'npm run bench:cards', framesPerScene: FRAMES_PER_SCENE, frame: BASE, scenes: SCENES, results, shippedScanner };
}

export function printCardBench(report) {
	const shipped = report.shippedScanner;
	console.log(
		shipped
			? `\nShipped scanner, as fetched on opening the camera in the built hall quiz: ${shipped.files.length} scripts, ${(shipped.raw / 1024).toFixed(1)} KB raw, ${(shipped.gzip / 1024).toFixed(1)} KB gzip (${shipped.files.map((file) => file.url.replace('/_astro/', '')).join(', ')})`
			: '\nShipped scanner: build the site first (npm run build) to weigh it as fetched.',
	);
	console.log(`\nKartu jawaban: card detectors on ${report.framesPerScene} seeded 1280×720 frames per scene (tilt ≤45°, blur ${report.frame.blur} px, noise σ ${report.frame.noise}, uneven light, hands; ${report.frame.thumbOverMarker * 100}% of cards with a thumb over the marker)`);
	for (const result of report.results) {
		console.log(`\n${result.detector}: ${(result.bytes.gzip / 1024).toFixed(1)} KB gzip (${(result.bytes.raw / 1024).toFixed(0)} KB raw); CSP: ${result.csp}${result.cspErrors.length ? ` (${result.cspErrors[0].slice(0, 100)})` : ''}`);
		console.log('scene                  recall   ≥40px    ≥40px no thumb  20–29   30–39   40–59   60–80   misreads  unclear  ms/frame');
		for (const scene of result.scenes) {
			const band = (name) => {
				const b = scene.bands.find((entry) => entry.band === name);
				return pct(b.found, b.cards).padEnd(8);
			};
			console.log(
				`${scene.scene.padEnd(23)}${pct(scene.found, scene.cards).padEnd(9)}${pct(scene.at40.found, scene.at40.cards).padEnd(9)}${pct(scene.at40Unoccluded.found, scene.at40Unoccluded.cards).padEnd(16)}${band('20–29 px')}${band('30–39 px')}${band('40–59 px')}${band('60–80 px')}${String(scene.misreads.length).padEnd(10)}${String(scene.unclear).padEnd(9)}${scene.msPerFrame === undefined ? '–' : scene.msPerFrame.toFixed(0)}`,
			);
		}
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const report = await runCardBench();
	mkdirSync(OUTPUT, { recursive: true });
	writeFileSync(join(OUTPUT, 'card-detectors.json'), `${JSON.stringify(report, null, '\t')}\n`);
	printCardBench(report);
	console.log('\nReport: tests/.output/card-detectors.json');
}
