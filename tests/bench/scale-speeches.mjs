// `npm run bench:scale`: proves that nothing but the speeches grows with the speeches. In a
// temporary copy of the project (nothing here is committed or changed) it builds the site with 5
// (as it is), 1,000 and 10,000 speeches (SCALE_SIZES to change), and reports per size: build time,
// peak memory, dist size, Pagefind size, bytes per search (in Chromium, as received), the biggest
// page, the biggest speeches list page, the service worker and its background precache. Fails when
// a speeches list page exceeds 30 KB gzip, or when sw.js, the precache or any page outside the
// speeches changes size between sizes. Takes about 10 minutes on a 2-core machine.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { listShell } from '../../src/integrations/service-worker/index.ts';
import { measureFirstSearch } from './first-visit.mjs';
import { startShapedServer, UNSHAPED } from './shaped-server.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SIZES = (process.env.SCALE_SIZES ?? '5,1000,10000').split(',').map(Number);
const INDEX_PAGE_LIMIT = 30 * 1024;
const SEARCH_QUERY = 'kampanye';
const KB = 1024;
const PROVINCES = [
	'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Bengkulu', 'Sumatera Selatan',
	'Kepulauan Bangka Belitung', 'Lampung', 'Banten', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta',
	'Jawa Timur', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Barat', 'Kalimantan Tengah',
	'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara', 'Sulawesi Utara', 'Gorontalo', 'Sulawesi Tengah',
	'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara', 'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat',
	'Papua Barat Daya', 'Papua Tengah', 'Papua Pegunungan', 'Papua Selatan',
];
const THEMES = ['politik-praktis', 'keanggotaan-partai', 'media-sosial', 'kampanye', 'fasilitas-negara', 'sanksi', 'pelayanan-publik', 'profesionalisme', 'ikrar', 'pengawasan'];

/** A valid speech file; varied but deterministic so runs compare. */
function syntheticSpeech(index) {
	const province = PROVINCES[index % PROVINCES.length];
	const themes = [THEMES[index % THEMES.length], THEMES[(index * 7 + 3) % THEMES.length]].filter((theme, i, all) => all.indexOf(theme) === i);
	const day = String((index % 28) + 1).padStart(2, '0');
	const month = String((index % 12) + 1).padStart(2, '0');
	const year = 2019 + (index % 8);
	return `title: Pidato sintetis nomor ${index} tentang netralitas ASN
speakers:
  - id: pembicara-${index}
    name: Pembicara Sintetis ${index}
    position: Sekretaris Daerah Kabupaten Contoh ${index}
    institution: Pemerintah Kabupaten Contoh ${index}
region: { kabupatenKota: Kabupaten Contoh ${index}, province: ${province} }
date: ${year}-${month}-${day}
event: Apel netralitas ASN sintetis ${index}
source:
  publisher: Media Sintetis
  title: Berita sintetis ${index}
  url: https://example.org/berita/${index}
summary:
  - Paragraf ringkasan sintetis untuk menguji skala situs dengan ribuan pidato.
keyMessages: [ASN menjaga netralitas., ASN melayani semua warga.]
quotes:
  - speaker: pembicara-${index}
    text: ASN harus netral.
themes: [${themes.join(', ')}]
legalCited: [uu-20-2023/pasal-24-ayat-1-huruf-d]
actsMentioned: [menjadi-anggota-partai-politik]
lastChecked: 2026-11-22
`;
}

function listFiles(root, dir = root) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name)).split(sep).join('/')],
	);
}

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 6 }).length;
const isSpeechListPage = (path) => path === 'pidato/index.html' || /^pidato\/(provinsi|tema)\//.test(path);

/** Build dir from clean; time it and take the build's peak resident memory from GNU time. */
function build(dir) {
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	rmSync(join(dir, '.astro'), { recursive: true, force: true });
	const timeFile = join(dir, 'build-time.txt');
	const started = performance.now();
	// A bigger heap than Node's default: 10,000 pages in one build need it.
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--max-old-space-size=8192' };
	const result = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, 'npx', 'astro', 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	return { buildMs: Math.round(performance.now() - started), peakMemoryBytes: Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) * 1024 };
}

/** Everything the report needs from one built dist/. */
async function measureDist(dist, browser) {
	const files = listFiles(dist);
	const size = (path) => statSync(join(dist, path)).size;
	const pages = files.filter((path) => path.endsWith('.html'));
	const pagefind = files.filter((path) => path.startsWith('pagefind/'));
	let biggestPage = { path: '', gzip: 0 };
	let biggestSpeechList = { path: '', gzip: 0 };
	const pagesOutsideSpeeches = {};
	for (const path of pages) {
		const gzip = gzipBytes(join(dist, path));
		if (gzip > biggestPage.gzip) biggestPage = { path, gzip };
		if (isSpeechListPage(path) && gzip > biggestSpeechList.gzip) biggestSpeechList = { path, gzip };
		if (!path.startsWith('pidato/')) pagesOutsideSpeeches[path] = size(path);
	}
	const shell = await listShell(dist);
	const summary = JSON.parse(readFileSync(join(dist, 'offline-copy-summary.json'), 'utf8'));
	const server = await startShapedServer(dist, UNSHAPED);
	let search;
	try {
		search = await measureFirstSearch(browser, server, '/', SEARCH_QUERY);
	} finally {
		await server.close();
	}
	return {
		htmlPages: pages.length,
		speechPages: files.filter((path) => /^pidato\/[^/]+\/index\.html$/.test(path) && !isSpeechListPage(path)).length,
		speechListPages: pages.filter(isSpeechListPage).length,
		distBytes: files.reduce((total, path) => total + size(path), 0),
		pagefind: { files: pagefind.length, bytes: pagefind.reduce((total, path) => total + size(path), 0) },
		searchBytes: search.bytes,
		searchRequests: search.requests,
		biggestPage,
		biggestSpeechList,
		serviceWorker: { raw: size('sw.js'), gzip: gzipBytes(join(dist, 'sw.js')) },
		precache: { entries: shell.length, gzip: shell.reduce((total, entry) => total + gzipBytes(join(dist, entry.url.slice(1))), 0) },
		offlineCopy: { files: summary.files, bytes: summary.bytes },
		pagesOutsideSpeeches,
	};
}

const work = mkdtempSync(join(tmpdir(), 'netralitas-scale-'));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
	const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);
	cpSync(ROOT, work, { recursive: true, filter: (source) => !skip.has(source.slice(ROOT.length + 1).split('/')[0]) });
	// Hard links: a full copy of node_modules would take longer than the builds.
	if (spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(work, 'node_modules')]).status !== 0) throw new Error('could not link node_modules');
	const speechDir = join(work, 'content', 'speeches');
	const existing = readdirSync(speechDir).filter((name) => name.endsWith('.yaml')).length;

	const results = [];
	for (const speeches of SIZES) {
		for (const name of readdirSync(speechDir)) if (name.startsWith('sintetis-')) rmSync(join(speechDir, name));
		for (let index = 1; index <= speeches - existing; index++) writeFileSync(join(speechDir, `sintetis-${String(index).padStart(5, '0')}.yaml`), syntheticSpeech(index));
		console.log(`Building with ${Math.max(speeches, existing)} speeches...`);
		const built = build(work);
		results.push({ speeches: Math.max(speeches, existing), ...built, ...(await measureDist(join(work, 'dist'), browser)) });
	}

	const base = results[0];
	const changedOutside = (result) =>
		Object.entries(base.pagesOutsideSpeeches)
			.filter(([path, bytes]) => result.pagesOutsideSpeeches[path] !== bytes)
			.map(([path, bytes]) => ({ path, from: bytes, to: result.pagesOutsideSpeeches[path] ?? null }));
	const checks = results.map((result) => ({
		speeches: result.speeches,
		speechListWithinLimit: result.biggestSpeechList.gzip <= INDEX_PAGE_LIMIT,
		serviceWorkerFlat: result.serviceWorker.raw === base.serviceWorker.raw,
		precacheFlat: result.precache.entries === base.precache.entries && result.precache.gzip === base.precache.gzip,
		pagesOutsideSpeechesChanged: changedOutside(result),
	}));
	const report = {
		command: 'npm run bench:scale',
		measuredAt: new Date().toISOString(),
		sizes: results.map(({ pagesOutsideSpeeches, ...result }) => ({ ...result, pagesOutsideSpeeches: Object.keys(pagesOutsideSpeeches).length })),
		checks,
	};
	mkdirSync(join(ROOT, 'tests', '.output'), { recursive: true });
	writeFileSync(join(ROOT, 'tests', '.output', 'scale-speeches.json'), `${JSON.stringify(report, null, '\t')}\n`);

	const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
	const mb = (bytes) => `${(bytes / KB / KB).toFixed(1)} MB`;
	const rows = [
		['Build time', (r) => `${(r.buildMs / 1000).toFixed(1)} s`],
		['Peak memory (build)', (r) => mb(r.peakMemoryBytes)],
		['HTML pages (speech pages / list pages)', (r) => `${r.htmlPages} (${r.speechPages} / ${r.speechListPages})`],
		['dist size', (r) => mb(r.distBytes)],
		['Pagefind index', (r) => `${mb(r.pagefind.bytes)}, ${r.pagefind.files} files`],
		[`Bytes per search ("${SEARCH_QUERY}", UI included)`, (r) => `${kb(r.searchBytes)}, ${r.searchRequests} requests`],
		['Biggest page (gzip)', (r) => `${kb(r.biggestPage.gzip)} ${r.biggestPage.path}`],
		['Biggest speeches list page (gzip)', (r) => `${kb(r.biggestSpeechList.gzip)} ${r.biggestSpeechList.path}`],
		['sw.js (gzip)', (r) => kb(r.serviceWorker.gzip)],
		['Background precache', (r) => `${r.precache.entries} entries, ${kb(r.precache.gzip)} gzip`],
		['Offline copy (reader\'s choice)', (r) => `${r.offlineCopy.files} files, ${mb(r.offlineCopy.bytes)}`],
	];
	console.log(`\n| Figure | ${results.map((r) => `${r.speeches} speeches`).join(' | ')} |`);
	console.log(`|---|${results.map(() => '---').join('|')}|`);
	for (const [figure, format] of rows) console.log(`| ${figure} | ${results.map(format).join(' | ')} |`);
	console.log(`| Pages outside the speeches that changed size | ${checks.map((check) => check.pagesOutsideSpeechesChanged.length).join(' | ')} |`);

	const failures = checks.flatMap((check) => [
		...(check.speechListWithinLimit ? [] : [`${check.speeches} speeches: a speeches list page exceeds ${kb(INDEX_PAGE_LIMIT)} gzip`]),
		...(check.serviceWorkerFlat ? [] : [`${check.speeches} speeches: sw.js changed size`]),
		...(check.precacheFlat ? [] : [`${check.speeches} speeches: the background precache changed`]),
		...check.pagesOutsideSpeechesChanged.map((change) => `${check.speeches} speeches: ${change.path} changed from ${change.from} to ${change.to} bytes`),
	]);
	if (failures.length > 0) {
		console.error(`FAIL:\n${failures.join('\n')}`);
		process.exitCode = 1;
	} else {
		console.log('OK: the speeches lists stay under 30 KB gzip, and sw.js, the precache and every page outside the speeches keep their size.');
	}
	console.log('Report: tests/.output/scale-speeches.json');
} finally {
	await browser.close();
	rmSync(work, { recursive: true, force: true });
}
