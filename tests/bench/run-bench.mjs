// `npm run bench`: builds the site from clean, then measures build time, page weights, the Pagefind
// index and one search in real Chromium. Writes tests/.output/bench.json and prints a summary.
// A benchmark, not a test: it reports figures and never fails on them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/support/static-server.ts';
import { weighPage } from './page-weight.mjs';

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

/** Open the search on the home page, type a query, and count what Pagefind fetched for it. */
async function measureSearch(baseUrl) {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
		const fetched = [];
		page.on('response', async (response) => {
			if (!response.url().includes('/pagefind/')) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			fetched.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body).length });
		});
		await page.getByRole('button', { name: /^Pencarian/ }).click();
		await page.locator('.pagefind-ui__search-input').fill(SEARCH_QUERY);
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
		await page.waitForLoadState('networkidle');
		const total = fetched.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), { raw: 0, gzip: 0 });
		return { query: SEARCH_QUERY, requests: fetched.length, ...total, files: fetched };
	} finally {
		await browser.close();
	}
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const buildMs = buildFromClean();
const pages = Object.fromEntries(Object.entries(PAGES).map(([name, path]) => [name, { path, ...weighPage(DIST, path) }]));
const { url, server } = await startStaticServer(DIST);
const search = await measureSearch(url).finally(() => server.close());
const report = {
	measuredAt: new Date().toISOString(),
	command: 'npm run bench',
	node: process.version,
	buildMs,
	htmlPages: listFiles(DIST).filter((file) => file.endsWith('.html')).length,
	pages,
	pagefindIndex: measurePagefindIndex(),
	search,
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
console.log(`Report: tests/.output/bench.json`);
