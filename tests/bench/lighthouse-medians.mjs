// Lighthouse on these 2-core machines ranges 81-100 for the same page run to run, so a single run
// says little: run each page several times and report the median with its range.
import { runLighthouse } from './lighthouse.mjs';

export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Median of numbers (the mean of the middle two for an even count). */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Run Lighthouse `runs` times on every page; per page and category: median, min, max, all runs. */
export async function runLighthouseMedians(baseUrl, pages, runs = LIGHTHOUSE_RUNS) {
	const all = [];
	for (let run = 0; run < runs; run++) {
		console.error(`Lighthouse run ${run + 1} of ${runs} on ${Object.keys(pages).join(', ')}...`);
		all.push(await runLighthouse(baseUrl, pages));
	}
	return Object.fromEntries(
		Object.entries(pages).map(([name, path]) => {
			const scores = Object.fromEntries(
				CATEGORIES.map((category) => {
					const values = all.map((result) => result[name][category]);
					return [category, { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values }];
				}),
			);
			const failing = [...new Set(all.flatMap((result) => result[name].failing))];
			return [name, { path, runs, ...scores, failing }];
		}),
	);
}

/** "100 (97–100)": the median and the range of a category. */
export function formatMedian(score) {
	return score.min === score.max ? `${score.median}` : `${score.median} (${score.min}–${score.max})`;
}
