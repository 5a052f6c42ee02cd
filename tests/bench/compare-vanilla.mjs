// Our site against vanilla Starlight with the same lesson text, built and measured in the same run
// (issue 17): first visit on a shaped phone link (service worker included), first search (tap to
// first result, every byte the browser received, UI chunk included), and Lighthouse medians.
// Every figure is reported as ours, vanilla and the ratio.
import { measureFirstSearch, measureFirstVisit } from './first-visit.mjs';
import { formatMedian, median, runLighthouseMedians } from './lighthouse-medians.mjs';
import { SLOW_4G, startShapedServer, UNSHAPED } from './shaped-server.mjs';
import { buildVanillaStarlight, starlightVersion } from './vanilla-starlight.mjs';

const LESSON = '/belajar/apa-itu-netralitas/';
const SHAPED_RUNS = Number(process.env.BENCH_SHAPED_RUNS ?? 5);

/** The run with the median of `key` among results, with every run's value, min, max and median. */
function pickMedian(results, key) {
	const values = results.map(key);
	const middle = median(values);
	const chosen = results.reduce((best, result) => (Math.abs(key(result) - middle) < Math.abs(key(best) - middle) ? result : best));
	return { ...chosen, runs: values, median: middle, min: Math.min(...values), max: Math.max(...values) };
}

/** Median of the run-by-run ratios ours / vanilla: pairing keeps it fair when the machine drifts. */
function pairedRatio(ours, vanilla, key) {
	return median(ours.map((result, index) => key(result) / key(vanilla[index])));
}

/**
 * Measure both sites on the shaped link with their runs interleaved (ours, vanilla, ours, ...), so
 * a machine that slows down during the bench slows both alike; then Lighthouse on each.
 */
async function measureBoth(browser, dists, query, ourLighthouse) {
	const servers = [];
	const visits = dists.map(() => []);
	const searches = dists.map(() => []);
	try {
		for (const dist of dists) servers.push(await startShapedServer(dist, SLOW_4G));
		for (let run = 0; run < SHAPED_RUNS; run++) {
			for (const [index, server] of servers.entries()) visits[index].push(await measureFirstVisit(browser, server, LESSON));
		}
		for (let run = 0; run < SHAPED_RUNS; run++) {
			for (const [index, server] of servers.entries()) searches[index].push(await measureFirstSearch(browser, server, LESSON, query));
		}
	} finally {
		await Promise.all(servers.map((server) => server.close()));
	}
	const sites = [];
	for (const [index, dist] of dists.entries()) {
		const known = index === 0 ? ourLighthouse : undefined;
		const plain = await startShapedServer(dist, UNSHAPED);
		try {
			const lighthouse = known ?? (process.env.BENCH_SKIP_LIGHTHOUSE ? {} : await runLighthouseMedians(plain.url, { lesson: LESSON }));
			sites.push({ firstVisit: pickMedian(visits[index], (result) => result.total.bytes), firstSearch: pickMedian(searches[index], (result) => result.tapToFirstResultMs), lighthouse });
		} finally {
			await plain.close();
		}
	}
	const paired = {
		firstVisitBytes: pairedRatio(visits[0], visits[1], (result) => result.total.bytes),
		tapToFirstResult: pairedRatio(searches[0], searches[1], (result) => result.tapToFirstResultMs),
	};
	return { ours: sites[0], vanilla: sites[1], paired };
}

/**
 * Build vanilla Starlight from our built lessons and measure both sites in one sitting.
 * `ourLighthouse` reuses medians the caller already has for our lesson ({ lesson: ... }).
 */
export async function compareWithVanilla(browser, ourDist, { query = 'kampanye', ourLighthouse } = {}) {
	console.error('Building vanilla Starlight with our lesson text...');
	const vanilla = buildVanillaStarlight(ourDist);
	try {
		console.error(`Measuring our site and vanilla Starlight on the shaped link, runs interleaved (${SHAPED_RUNS} each)...`);
		const measured = await measureBoth(browser, [ourDist, vanilla.dist], query, ourLighthouse);
		return { reference: `vanilla @astrojs/starlight ${starlightVersion()}, ${vanilla.lessons} lessons with our text`, link: SLOW_4G.name, shapedRuns: SHAPED_RUNS, page: LESSON, ...measured };
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
		['First search, tap to a focused input', ours.firstSearch.tapToInputMs, vanilla.firstSearch.tapToInputMs, ms],
		['First search, tap to first result (median)', ours.firstSearch.tapToFirstResultMs, vanilla.firstSearch.tapToFirstResultMs, ms, ours.firstSearch, vanilla.firstSearch],
		['First search, bytes received (UI chunk included)', ours.firstSearch.bytes, vanilla.firstSearch.bytes, kb],
		['First search, requests', ours.firstSearch.requests, vanilla.firstSearch.requests, String],
	].map(([figure, a, b, format, aRuns, bRuns]) => ({
		figure,
		ours: `${format(a)}${aRuns ? range(aRuns, format) : ''}`,
		vanilla: `${format(b)}${bRuns ? range(bRuns, format) : ''}`,
		ratio: b > 0 ? `${(a / b).toFixed(2)}×` : '—',
	}));
	if (comparison.paired) {
		rows.push({ figure: 'First visit bytes, median of run-by-run ratios', ours: '', vanilla: '', ratio: `${comparison.paired.firstVisitBytes.toFixed(2)}×` });
		rows.push({ figure: 'Tap to first result, median of run-by-run ratios', ours: '', vanilla: '', ratio: `${comparison.paired.tapToFirstResult.toFixed(2)}×` });
	}
	for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
		const a = ours.lighthouse.lesson?.[category];
		const b = vanilla.lighthouse.lesson?.[category];
		if (a && b) rows.push({ figure: `Lighthouse ${category}, lesson (median of ${a.runs.length} (range))`, ours: formatMedian(a), vanilla: formatMedian(b), ratio: `${(a.median / b.median).toFixed(2)}×` });
	}
	return rows;
}

/** Print the comparison as a Markdown table. */
export function printComparison(comparison) {
	console.log(`\nOurs against ${comparison.reference}; ${comparison.page}; link shaped at the server: ${comparison.link}; ${comparison.shapedRuns} runs each, interleaved`);
	console.log('| Figure | Ours | Vanilla Starlight | Ratio |');
	console.log('|---|---|---|---|');
	for (const row of comparisonRows(comparison)) console.log(`| ${row.figure} | ${row.ours} | ${row.vanilla} | ${row.ratio} |`);
}
