// `npm run bench`: builds the site from clean, then measures build time, page weights, the Pagefind
// index and one search in real Chromium. Writes tests/.output/bench.json and prints a summary.
// A benchmark, not a test: it reports figures and never fails on them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { measureLayoutShift } from './layout-shift.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measure, measureLoadedJs, sum, weighPage } from './page-weight.mjs';

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

/** Open the search on the home page, type a query, and count what Pagefind fetched for it. */
async function measureSearch(browser, baseUrl) {
	const page = await browser.newPage();
	await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
	const fetched = [];
	page.on('response', async (response) => {
		if (!response.url().includes('/pagefind/')) return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		fetched.push({ url: new URL(response.url()).pathname, ...measure(body) });
	});
	await page.getByRole('button', { name: /^Pencarian/ }).click();
	await page.locator('.pagefind-ui__search-input').fill(SEARCH_QUERY);
	await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
	await page.waitForLoadState('networkidle');
	await page.close();
	return { query: SEARCH_QUERY, requests: fetched.length, ...sum(fetched), files: fetched };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const buildMs = buildFromClean();
const { url, server } = await startStaticServer(DIST);
const browser = await launchChromium();
const pages = {};
let search;
let lighthouse;
let layoutShift;
try {
	for (const [name, path] of Object.entries(PAGES)) {
		const { islandPaths, ...weight } = weighPage(DIST, path);
		const js = await measureLoadedJs(browser, url, path, islandPaths);
		pages[name] = { path, ...weight, js, total: sum([weight.html, weight.css, js.island, js.other]) };
	}
	search = await measureSearch(browser, url);
	layoutShift = await measureLayoutShift(browser, url);
	lighthouse = process.env.BENCH_SKIP_LIGHTHOUSE ? {} : await runLighthouse(url, LIGHTHOUSE_PAGES);
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
const report = {
	measuredAt: new Date().toISOString(),
	command: 'npm run bench',
	node: process.version,
	buildMs,
	htmlPages: listFiles(DIST).filter((file) => file.endsWith('.html')).length,
	pages,
	pagefindIndex: measurePagefindIndex(),
	search,
	budgets,
	layoutShift,
	lighthouse,
};
mkdirSync(OUTPUT, { recursive: true });
writeFileSync(join(OUTPUT, 'bench.json'), `${JSON.stringify(report, null, '\t')}\n`);

console.log(`Build from clean: ${(buildMs / 1000).toFixed(1)} s, ${report.htmlPages} HTML pages`);
console.log('page          HTML (raw/gz)        CSS (raw/gz)         island JS (raw/gz)   other JS (raw/gz)    total gz');
for (const [name, page] of Object.entries(pages)) {
	const cell = (size) => `${kb(size.raw)} / ${kb(size.gzip)}`.padEnd(21);
	console.log(`${name.padEnd(14)}${cell(page.html)}${cell(page.css)}${cell(page.js.island)}${cell(page.js.other)}${kb(page.total.gzip)}`);
}
console.log(`Pagefind index: ${report.pagefindIndex.files} files, ${kb(report.pagefindIndex.bytes)}`);
console.log(`One search ("${search.query}"): ${search.requests} requests, ${kb(search.raw)} raw, ${kb(search.gzip)} gzip`);
console.log(`Budget: quiz island JS incl. Preact ${kb(quizIslandGzip)} gzip (limit ${kb(QUIZ_ISLAND_GZIP_LIMIT)}): ${budgets.quizIslandGzip.isMet ? 'met' : 'NOT met'}`);
const leaking = budgets.noIslandOutsideQuizPages.filter((entry) => !entry.isMet).map((entry) => entry.page);
console.log(`Budget: pages without a quiz ship no island JS: ${leaking.length === 0 ? 'met' : `NOT met (${leaking.join(', ')})`}`);
console.log('Layout shift (CLS), phone 412×915, 4× CPU, slow 4G, scrolled to the island:');
for (const [name, result] of Object.entries(layoutShift)) {
	console.log(`  ${name.padEnd(12)}CLS ${result.cls.toFixed(3)}   page height ${result.pageHeight.atLoad} -> ${result.pageHeight.settled} px   ${result.path}`);
}
console.log('Lighthouse (mobile)  performance  accessibility  best-practices  seo');
for (const [name, scores] of Object.entries(lighthouse)) {
	console.log(`${name.padEnd(20)}${String(scores.performance).padEnd(13)}${String(scores.accessibility).padEnd(15)}${String(scores['best-practices']).padEnd(16)}${scores.seo}${scores.failing.length ? `   below 100: ${scores.failing.join(', ')}` : ''}`);
}
console.log(`Report: tests/.output/bench.json`);
