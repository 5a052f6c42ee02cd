// Weighs a built page from dist/: HTML and CSS, and which JavaScript files belong to its islands
// (component, renderer and their static imports). The JavaScript a browser really fetches, lazy
// chunks included, is measured in Chromium by run-bench.mjs and split with islandPaths.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Add up raw and gzip byte counts. */
export function sum(sizes) {
	return sizes.reduce((total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip }), { raw: 0, gzip: 0 });
}

/** Raw and gzip byte counts of a file or text. */
export function measure(content) {
	const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
	return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** Path in dist of a URL used by the page at pagePath. */
function toDistPath(dist, pagePath, url) {
	const resolved = url.startsWith('/') ? url : posix.join(posix.dirname(pagePath), url);
	return join(dist, resolved.split('?')[0]);
}

/** Every JS file a module pulls in through static imports, the module included. */
function collectStaticImports(dist, file, seen = new Set()) {
	if (seen.has(file) || !existsSync(file)) return seen;
	seen.add(file);
	const code = readFileSync(file, 'utf8');
	// Static forms only: `import"x"`, `import{a}from"x"`, `export*from"x"`; dynamic import() is lazy.
	for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+\.m?js)["']/g)) {
		const target = match[1];
		const next = target.startsWith('/') ? join(dist, target) : join(dirname(file), target);
		collectStaticImports(dist, next, seen);
	}
	return seen;
}

/** Weigh one built page, e.g. pagePath "/belajar/apa-itu-netralitas/". */
export function weighPage(dist, pagePath) {
	const htmlFile = join(dist, pagePath, 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const attributeValues = (pattern) => [...html.matchAll(pattern)].map((match) => match[1]);

	const stylesheets = attributeValues(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
	const moduleScripts = attributeValues(/<script[^>]+type="module"[^>]+src="([^"]+)"/g);
	const islandEntries = [
		...attributeValues(/component-url="([^"]+)"/g),
		...attributeValues(/renderer-url="([^"]+)"/g),
		...attributeValues(/before-hydration-url="([^"]+)"/g),
	].filter(Boolean);

	const islandFiles = new Set();
	for (const url of islandEntries) collectStaticImports(dist, toDistPath(dist, pagePath, url), islandFiles);
	const eagerFiles = new Set();
	for (const url of moduleScripts) collectStaticImports(dist, toDistPath(dist, pagePath, url), eagerFiles);
	const otherFiles = [...eagerFiles].filter((file) => !islandFiles.has(file));

	const weigh = (files) => sum([...files].map((file) => measure(readFileSync(file))));
	return {
		html: measure(html),
		css: weigh(new Set(stylesheets.map((url) => toDistPath(dist, pagePath, url)))),
		/** JavaScript reachable by static imports before anything runs, for comparison. */
		staticJs: { island: weigh(islandFiles), other: weigh(otherFiles) },
		islandPaths: new Set([...islandFiles].map((file) => `/${file.slice(dist.length + 1)}`)),
	};
}

/**
 * Load a page as a reader would (scrolled to the end so client:visible islands hydrate, then idle)
 * and weigh every script Chromium fetched, split into island code and the rest.
 */
export async function measureLoadedJs(browser, baseUrl, path, islandPaths) {
	// `browser` may be a Browser or a BrowserContext: both open pages.
	const page = await browser.newPage();
	const scripts = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		const body = await response.body().catch(() => Buffer.alloc(0));
		scripts.push({ path: new URL(response.url()).pathname, ...measure(body) });
	});
	await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.waitForTimeout(500);
	await page.waitForLoadState('networkidle');
	await page.close();
	const island = scripts.filter((script) => islandPaths.has(script.path));
	const other = scripts.filter((script) => !islandPaths.has(script.path));
	return { island: sum(island), other: sum(other), files: scripts };
}

