// Our site against vanilla Starlight with the same lesson text, built and measured in the same run
// (issue 17): first visit on a shaped phone link (service worker included), first search (tap to
// first result, every byte the browser received, UI chunk included), and Lighthouse medians.
// Every figure is reported as ours, vanilla and the ratio.
import { measureFirstSearch, measureFirstVisit } from './first-visit.mjs';
import { formatMedian, median, runLighthouseMedians } from './lighthouse-medians.mjs';
import { SLOW_4G, startShapedServer, UNSHAPED } from './shaped-server.mjs';
import { buildVanillaStarlight, starlightVersion } from './vanilla-starlight.mjs';

const LESSON = '/belajar/apa-itu-netralitas/';
const SHAPED_RUNS = Number(process.env.BENCH_SHAPED_RUNS ?? 3);

/** Run a measurement `runs` times and keep the run with the median of `key`. */
async function medianRun(runs, measureOnce, key) {
	const results = [];
	for (let run = 0; run < runs; run++) results.push(await measureOnce());
	const middle = median(results.map(key));
	const chosen = results.reduce((best, result) => (Math.abs(key(result) - middle) < Math.abs(key(best) - middle) ? result : best));
	return { ...chosen, runs: results.map(key), median: middle, min: Math.min(...results.map(key)), max: Math.max(...results.map(key)) };
}

/** Measure one built site: first visit and first search on the shaped link, then Lighthouse (unless given). */
async function measureSite(browser, dist, query, knownLighthouse) {
	const shaped = await startShapedServer(dist, SLOW_4G);
	let firstVisit;
	let firstSearch;
	try {
		firstVisit = await medianRun(SHAPED_RUNS, () => measureFirstVisit(browser, shaped, LESSON), (result) => result.total.bytes);
		firstSearch = await medianRun(SHAPED_RUNS, () => measureFirstSearch(browser, shaped, LESSON, query), (result) => result.tapToFirstResultMs);
	} finally {
		await shaped.close();
	}
	const plain = await startShapedServer(dist, UNSHAPED);
	try {
		const lighthouse = knownLighthouse ?? (process.env.BENCH_SKIP_LIGHTHOUSE ? {} : await runLighthouseMedians(plain.url, { lesson: LESSON }));
		return { firstVisit, firstSearch, lighthouse };
	} finally {
		await plain.close();
	}
}

/**
 * Build vanilla Starlight from our built lessons and measure both sites, one after the other.
 * `ourLighthouse` reuses medians the caller already has for our lesson ({ lesson: ... }).
 */
export async function compareWithVanilla(browser, ourDist, { query = 'kampanye', ourLighthouse } = {}) {
	console.error('Building vanilla Starlight with our lesson text...');
	const vanilla = buildVanillaStarlight(ourDist);
	try {
		console.error('Measuring our site on the shaped link...');
		const ours = await measureSite(browser, ourDist, query, ourLighthouse);
		console.error('Measuring vanilla Starlight on the shaped link...');
		const reference = await measureSite(browser, vanilla.dist, query);
		return { reference: `vanilla @astrojs/starlight ${starlightVersion()}, ${vanilla.lessons} lessons with our text`, link: SLOW_4G.name, shapedRuns: SHAPED_RUNS, page: LESSON, ours, vanilla: reference };
	} finally {
		vanilla.cleanup();
	}
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${(value / 1000).toFixed(2)} s`;
const range = (result, format) => (SHAPED_RUNS > 1 ? ` [${format(result.min)}–${format(result.max)}]` : '');

/** The comparison as rows: figure, ours, vanilla, ratio (ours / vanilla). */
export function comparisonRows(comparison) {
	const { ours, vanilla } = comparison;
	const rows = [
		['First visit, all bytes received (median)', ours.firstVisit.total.bytes, vanilla.firstVisit.total.bytes, kb, ours.firstVisit, vanilla.firstVisit],
		['  of which until load', ours.firstVisit.untilLoad.bytes, vanilla.firstVisit.untilLoad.bytes, kb],
		['  of which after load (shell, lazy code)', ours.firstVisit.afterLoad.bytes, vanilla.firstVisit.afterLoad.bytes, kb],
		['  of which sw.js', ours.firstVisit.serviceWorker.bytes, vanilla.firstVisit.serviceWorker.bytes, kb],
		['First visit, requests', ours.firstVisit.total.requests, vanilla.firstVisit.total.requests, String],
		['First visit, load event', ours.firstVisit.loadMs, vanilla.firstVisit.loadMs, ms],
		['First search, tap to input ready', ours.firstSearch.tapToInputMs, vanilla.firstSearch.tapToInputMs, ms],
		['First search, tap to first result (median)', ours.firstSearch.tapToFirstResultMs, vanilla.firstSearch.tapToFirstResultMs, ms, ours.firstSearch, vanilla.firstSearch],
		['First search, bytes received (UI chunk included)', ours.firstSearch.bytes, vanilla.firstSearch.bytes, kb],
		['First search, requests', ours.firstSearch.requests, vanilla.firstSearch.requests, String],
	].map(([figure, a, b, format, aRuns, bRuns]) => ({
		figure,
		ours: `${format(a)}${aRuns ? range(aRuns, format) : ''}`,
		vanilla: `${format(b)}${bRuns ? range(bRuns, format) : ''}`,
		ratio: b > 0 ? `${(a / b).toFixed(2)}×` : '—',
	}));
	for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
		const a = ours.lighthouse.lesson?.[category];
		const b = vanilla.lighthouse.lesson?.[category];
		if (a && b) rows.push({ figure: `Lighthouse ${category}, lesson (median of ${a.runs.length} (range))`, ours: formatMedian(a), vanilla: formatMedian(b), ratio: `${(a.median / b.median).toFixed(2)}×` });
	}
	return rows;
}

/** Print the comparison as a Markdown table. */
export function printComparison(comparison) {
	console.log(`\nOurs against ${comparison.reference}; ${comparison.page}; link shaped at the server: ${comparison.link}; ${comparison.shapedRuns} runs each`);
	console.log('| Figure | Ours | Vanilla Starlight | Ratio |');
	console.log('|---|---|---|---|');
	for (const row of comparisonRows(comparison)) console.log(`| ${row.figure} | ${row.ours} | ${row.vanilla} | ${row.ratio} |`);
}
