// `npm run bench`: builds the site from clean, then measures build time, page weights and the
// Pagefind index, Lighthouse medians, and the side-by-side comparison with vanilla Starlight
// (tests/bench/compare-vanilla.mjs: first visit and first search on a shaped link, in Chromium),
// and the answer-card detectors on rendered hall scenes (tests/bench/card-detectors.mjs).
// Writes tests/.output/bench.json and prints a summary. A benchmark, not a test: it reports figures
// and never fails on them. Takes about 15 minutes; BENCH_SKIP_LIGHTHOUSE=1 makes it a few.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { printCardBench, runCardBench } from './card-detectors.mjs';
import { measureChecker } from './checker-bench.mjs';
import { compareWithVanilla, printComparison } from './compare-vanilla.mjs';
import { measureLayoutShift } from './layout-shift.mjs';
import { formatMedian, runLighthouseMedians } from './lighthouse-medians.mjs';
import { measureLoadedJs, sum, weighPage } from './page-weight.mjs';

/** The ikrar pages, weighed apart: their islands are not quiz islands, and their lazy parts load only when used. */
const PLEDGE_PAGES = { pledgeQuiz: '/ikrar/kuis/', eventPage: '/ikrar/acara/', checker: '/ikrar/periksa/', kit: '/ikrar/kit/' };

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const OUTPUT = join(ROOT, 'tests', '.output');
const SEARCH_QUERY = process.env.BENCH_QUERY ?? 'kampanye';

/** Representative pages of each type; extend as page types are added. */
const PAGES = {
	home: '/',
	lesson: '/belajar/apa-itu-netralitas/',
	quizIndex: '/kuis/',
	lawPage: '/hukum/uu-20-2023/',
	catalogue: '/larangan/',
	speechIndex: '/pidato/',
	speech: '/pidato/singkawang-sumastro-2023-10-26/',
	presentation: '/presentasi/belajar/apa-itu-netralitas/',
	hallQuiz: '/presentasi/kuis-kelas/asas-dan-dasar-hukum/',
};
/** Pages that carry a quiz island; every other page must ship no island code at all. */
const QUIZ_PAGES = new Set(['lesson']);
const QUIZ_ISLAND_GZIP_LIMIT = 12 * 1024;
/** Pages Lighthouse scores: one of each kind a reader meets. */
const LIGHTHOUSE_PAGES = {
	home: '/',
	lesson: '/belajar/apa-itu-netralitas/',
	catalogue: '/larangan/',
	quiz: '/ikrar/kuis/',
	receiptCheck: '/ikrar/periksa/',
	presentation: '/presentasi/belajar/apa-itu-netralitas/',
};

function buildFromClean() {
	rmSync(DIST, { recursive: true, force: true });
	rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' });
	if (result.status !== 0) throw new Error('astro build failed; run it directly to see why');
	return Math.round(performance.now() - started);
}

function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

function measurePagefindIndex() {
	const files = listFiles(join(DIST, 'pagefind'));
	const bytes = files.reduce((total, file) => total + statSync(file).size, 0);
	return { files: files.length, bytes };
}

function launchChromium() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const buildMs = buildFromClean();
const { url, server } = await startStaticServer(DIST);
const browser = await launchChromium();
const pages = {};
let lighthouse;
let comparison;
const pledgePages = {};
let checker;
let layoutShift;
try {
	for (const [name, path] of Object.entries(PAGES)) {
		const { islandPaths, ...weight } = weighPage(DIST, path);
		const js = await measureLoadedJs(browser, url, path, islandPaths);
		pages[name] = { path, ...weight, js, total: sum([weight.html, weight.css, js.island, js.other]) };
	}
	for (const [name, path] of Object.entries(PLEDGE_PAGES)) {
		const { islandPaths, ...weight } = weighPage(DIST, path);
		const js = await measureLoadedJs(browser, url, path, islandPaths);
		pledgePages[name] = { path, ...weight, js, total: sum([weight.html, weight.css, js.island, js.other]) };
	}
	checker = await measureChecker(url);
	layoutShift = await measureLayoutShift(browser, url);
	lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE ? {} : await runLighthouseMedians(url, LIGHTHOUSE_PAGES);
	comparison = await compareWithVanilla(browser, DIST, { query: SEARCH_QUERY, ourLighthouse: lighthouse.lesson ? { lesson: lighthouse.lesson } : undefined });
} finally {
	await browser.close();
	server.close();
}
const quizIslandGzip = Math.max(...[...QUIZ_PAGES].map((name) => pages[name].js.island.gzip));
const budgets = {
	quizIslandGzip: { bytes: quizIslandGzip, limit: QUIZ_ISLAND_GZIP_LIMIT, isMet: quizIslandGzip <= QUIZ_ISLAND_GZIP_LIMIT },
	noIslandOutsideQuizPages: Object.entries(pages)
		.filter(([name]) => !QUIZ_PAGES.has(name))
		.map(([name, page]) => ({ page: name, islandJsBytes: page.js.island.raw, isMet: page.js.island.raw === 0 })),
};
// Kartu jawaban: the card detectors side by side, and the shipped scanner as fetched.
const cards = process.env.BENCH_SKIP_CARDS ? undefined : await runCardBench();
const report = {
	measuredAt: new Date().toISOString(),
	command: 'npm run bench',
	node: process.version,
	buildMs,
	htmlPages: listFiles(DIST).filter((file) => file.endsWith('.html')).length,
	pages,
	pagefindIndex: measurePagefindIndex(),
	comparison,
	pledgePages,
	checker,
	budgets,
	layoutShift,
	lighthouse,
	cards,
};
mkdirSync(OUTPUT, { recursive: true });
writeFileSync(join(OUTPUT, 'bench.json'), `${JSON.stringify(report, null, '\t')}\n`);

console.log(`Build from clean: ${(buildMs / 1000).toFixed(1)} s, ${report.htmlPages} HTML pages`);
console.log('page          HTML (raw/gz)        CSS (raw/gz)         island JS (raw/gz)   other JS (raw/gz)    total gz');
for (const [name, page] of Object.entries(pages)) {
	const cell = (size) => `${kb(size.raw)} / ${kb(size.gzip)}`.padEnd(21);
	console.log(`${name.padEnd(14)}${cell(page.html)}${cell(page.css)}${cell(page.js.island)}${cell(page.js.other)}${kb(page.total.gzip)}`);
}
for (const [name, page] of Object.entries(pledgePages)) {
	const cell = (size) => `${kb(size.raw)} / ${kb(size.gzip)}`.padEnd(21);
	console.log(`${name.padEnd(14)}${cell(page.html)}${cell(page.css)}${cell(page.js.island)}${cell(page.js.other)}${kb(page.total.gzip)}`);
}
console.log(`Checker, ${checker.receipts} pasted receipts (WhatsApp export, ${kb(checker.pasteBytes)}): Node ${checker.node.medianMs} ms median (runs ${checker.node.runsMs.join(', ')}); Chromium page, click to roster on screen, ${checker.browser.medianMs} ms median (runs ${checker.browser.runsMs.join(', ')}), ${checker.browser.hmacsPerPaste} receipt judgements (HMACs) per paste`);
console.log(`Checker counts: ${checker.node.counts.found} found, ${checker.node.counts.valid} valid, ${checker.node.counts.refused} refused, ${checker.node.counts.duplicate} duplicate`);
console.log(`Lazy, loaded only when used: XLSX writer ${kb(checker.browser.lazy.xlsxWriter.raw)} / ${kb(checker.browser.lazy.xlsxWriter.gzip)} gz${checker.browser.lazy.xlsxError ? ` (export of 1,000 rows FAILED: ${checker.browser.lazy.xlsxError})` : ''}; QR decoder (zxing-wasm, no BarcodeDetector: ${!checker.browser.lazy.hasBarcodeDetector}) ${kb(checker.browser.lazy.qrDecoder.raw)} / ${kb(checker.browser.lazy.qrDecoder.gzip)} gz`);
console.log(`Pagefind index: ${report.pagefindIndex.files} files, ${kb(report.pagefindIndex.bytes)}`);
console.log(`Budget: quiz island JS incl. Preact ${kb(quizIslandGzip)} gzip (limit ${kb(QUIZ_ISLAND_GZIP_LIMIT)}): ${budgets.quizIslandGzip.isMet ? 'met' : 'NOT met'}`);
const leaking = budgets.noIslandOutsideQuizPages.filter((entry) => !entry.isMet).map((entry) => entry.page);
console.log(`Budget: pages without a quiz ship no island JS: ${leaking.length === 0 ? 'met' : `NOT met (${leaking.join(', ')})`}`);
console.log('Layout shift (CLS), phone 412×915, 4× CPU, slow 4G, scrolled to the island:');
for (const [name, result] of Object.entries(layoutShift)) {
	console.log(`  ${name.padEnd(12)}CLS ${result.cls.toFixed(3)}   page height ${result.pageHeight.atLoad} -> ${result.pageHeight.settled} px   ${result.path}`);
}
console.log(`Lighthouse (mobile), median of ${Object.values(lighthouse)[0]?.runs ?? 0} runs (range)`);
console.log('page                performance    accessibility  best-practices seo');
for (const [name, scores] of Object.entries(lighthouse)) {
	const cells = ['performance', 'accessibility', 'best-practices', 'seo'].map((category) => formatMedian(scores[category]).padEnd(15)).join('');
	console.log(`${name.padEnd(20)}${cells}${scores.failing.length ? `   below 100 in some run: ${scores.failing.join(', ')}` : ''}`);
}
printComparison(comparison);
if (cards) printCardBench(cards);
console.log(`Report: tests/.output/bench.json`);
