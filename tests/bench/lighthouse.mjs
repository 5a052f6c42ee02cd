// Lighthouse (mobile, the default form factor) on representative pages, in Debian's Chromium.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Run Lighthouse on each path of the served site and return the four scores (0-100) per page. */
export async function runLighthouse(baseUrl, pages) {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const results = {};
		for (const [name, path] of Object.entries(pages)) {
			const run = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
			const categories = run?.lhr.categories ?? {};
			results[name] = {
				path,
				...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])),
				// What kept a score below 100, for the note and for fixing.
				failing: Object.values(run?.lhr.audits ?? {})
					.filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
					.map((audit) => audit.id),
			};
		}
		return results;
	} finally {
		await chrome.kill();
	}
}
