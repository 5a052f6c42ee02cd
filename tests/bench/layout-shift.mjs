// Layout shift (CLS) as a reader on a mid-range phone meets it: 412×915, 4× CPU slowdown and
// Lighthouse's "slow 4G" link through CDP, the page scrolled the way a reader scrolls to its quiz.
// A benchmark part of `npm run bench`; it reports figures and never fails on them.

/** Lighthouse's mobile throttling: 150 ms round trip, 1.6 Mbps down, 750 kbps up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const PHONE = { width: 412, height: 915 };
/** How long to keep watching after the last scroll step: hydration on a slow phone takes about a second. */
const SETTLE_MS = 4000;

/** Pages to measure: `scrollTo` is the selector the reader scrolls to (the island), if any. */
export const LAYOUT_SHIFT_PAGES = {
	lesson: { path: '/belajar/apa-itu-netralitas/', scrollTo: '.quiz' },
	pledgeQuiz: { path: '/ikrar/kuis/', scrollTo: 'astro-island' },
	checker: { path: '/ikrar/periksa/', scrollTo: 'astro-island' },
};

// Runs in the page before any of its scripts: records every layout shift with its time and
// whether input preceded it (which CLS excludes).
const RECORD_SHIFTS = () => {
	window.__shifts = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__shifts.push({ value: entry.value, startTime: entry.startTime, hadRecentInput: entry.hadRecentInput });
	}).observe({ type: 'layout-shift', buffered: true });
};

/** CLS as browsers define it: the largest session window (gaps under 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts) {
	let worst = 0;
	let current = 0;
	let windowStart = -Infinity;
	let previous = -Infinity;
	for (const shift of shifts.filter((entry) => !entry.hadRecentInput)) {
		if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
			current = 0;
			windowStart = shift.startTime;
		}
		current += shift.value;
		previous = shift.startTime;
		worst = Math.max(worst, current);
	}
	return worst;
}

async function measureOne(browser, baseUrl, { path, scrollTo }) {
	const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	await page.addInitScript(RECORD_SHIFTS);
	await page.goto(`${baseUrl}${path}`, { waitUntil: 'load', timeout: 120_000 });
	const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight);
	if (scrollTo) {
		// Scroll in steps, as a thumb does, so islands hydrate when they come into view.
		const target = await page.evaluate((selector) => {
			const element = document.querySelector(selector);
			return element ? element.getBoundingClientRect().top + window.scrollY - 100 : 0;
		}, scrollTo);
		for (let y = 0; y < target; y += 800) {
			await page.evaluate((top) => window.scrollTo(0, top), y);
			await page.waitForTimeout(100);
		}
		await page.evaluate((top) => window.scrollTo(0, top), target);
	}
	await page.waitForTimeout(SETTLE_MS);
	const shifts = await page.evaluate(() => window.__shifts);
	const heightAfter = await page.evaluate(() => document.documentElement.scrollHeight);
	await context.close();
	return {
		path,
		cls: Number(cumulativeLayoutShift(shifts).toFixed(4)),
		shifts: shifts.length,
		pageHeight: { atLoad: heightBefore, settled: heightAfter },
	};
}

/** Measure CLS on each page with a fresh, throttled phone context. */
export async function measureLayoutShift(browser, baseUrl, pages = LAYOUT_SHIFT_PAGES) {
	const results = {};
	for (const [name, page] of Object.entries(pages)) results[name] = await measureOne(browser, baseUrl, page);
	return results;
}
