// A reader's first visit and first search, measured in Chromium over a link shaped at the server
// (tests/bench/shaped-server.mjs): every byte the browser received, service worker included.
const QUIET_MS = 2500;
const MAX_WAIT_MS = 120_000;

/** A phone as Lighthouse's mobile run models it: 412x915, touch, 4x slower CPU. */
export async function openPhonePage(browser) {
	const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true, locale: 'id-ID' });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { context, page };
}

/** Wait until the server has had nothing to send for QUIET_MS; returns when that began. */
export async function waitForQuiet(server) {
	const started = performance.now();
	let lastCount = -1;
	let quietSince = performance.now();
	while (performance.now() - started < MAX_WAIT_MS) {
		const isBusy = server.inFlight() > 0 || server.log.length !== lastCount;
		lastCount = server.log.length;
		if (isBusy) quietSince = performance.now();
		else if (performance.now() - quietSince >= QUIET_MS) return quietSince;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return performance.now();
}

const summarise = (entries) => ({ requests: entries.length, bytes: entries.reduce((total, entry) => total + entry.bytes, 0) });

/**
 * Open path in a fresh phone context, read it to the end (so islands hydrate), and wait until the
 * link is quiet: the page, its lazy code, and whatever the service worker fetched in the background.
 */
export async function measureFirstVisit(browser, server, path) {
	const { context, page } = await openPhonePage(browser);
	const mark = server.log.length;
	const started = performance.now();
	try {
		await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: MAX_WAIT_MS });
		const loadedAt = performance.now();
		const atLoad = server.log.length;
		await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
		const quietAt = await waitForQuiet(server);
		const all = server.log.slice(mark);
		const afterLoad = server.log.slice(atLoad);
		return {
			path,
			loadMs: Math.round(loadedAt - started),
			quietMs: Math.round(quietAt - started),
			total: summarise(all),
			untilLoad: summarise(server.log.slice(mark, atLoad)),
			afterLoad: summarise(afterLoad),
			serviceWorker: summarise(all.filter((entry) => entry.path === '/sw.js')),
			files: all.map(({ path: file, status, bytes }) => ({ path: file, status, bytes })),
		};
	} finally {
		await context.close();
	}
}

/**
 * On a freshly loaded page (link quiet), tap the search button and type the query as a reader
 * would: as soon as a search input has the focus (Starlight's Pagefind input; ours is a plain
 * input until Pagefind's UI takes over). Times tap -> input ready -> first result, checks that no
 * keystroke was lost on the way, and counts every byte the search fetched.
 */
export async function measureFirstSearch(browser, server, path, query) {
	const { context, page } = await openPhonePage(browser);
	try {
		await page.goto(`${server.url}${path}`, { waitUntil: 'load', timeout: MAX_WAIT_MS });
		await waitForQuiet(server);
		const mark = server.log.length;
		const button = page.locator('button[data-open-modal]').first();
		const tappedAt = performance.now();
		await button.tap();
		await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement && document.activeElement.closest('dialog[open]') !== null, undefined, { timeout: MAX_WAIT_MS, polling: 16 });
		const inputAt = performance.now();
		await page.keyboard.type(query, { delay: 60 });
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: MAX_WAIT_MS });
		const resultAt = performance.now();
		const searched = await page.locator('.pagefind-ui__search-input').inputValue();
		if (searched !== query) throw new Error(`First search typed "${query}" but the search box holds "${searched}": keystrokes were lost, so the time would mean nothing`);
		await waitForQuiet(server);
		const fetched = server.log.slice(mark);
		return {
			query,
			tapToInputMs: Math.round(inputAt - tappedAt),
			tapToFirstResultMs: Math.round(resultAt - tappedAt),
			...summarise(fetched),
			files: fetched.map(({ path: file, bytes }) => ({ path: file, bytes })),
		};
	} finally {
		await context.close();
	}
}
