import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listShell } from '~/integrations/service-worker/index';
import { classifyDistFile, isUnusedPagefindFile, urlOfDistFile } from '~/lib/offline/cache-plan';
import { parseCopyList, parseCopySummary } from '~/lib/offline/offline-copy';
import { DIST } from './support/built-site';

const listFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [relative(DIST, join(dir, entry.name)).split(sep).join('/')],
	);

describe('the offline copy of the built site', () => {
	const files = listFiles(DIST);
	const list = parseCopyList(JSON.parse(readFileSync(join(DIST, 'offline-copy.json'), 'utf8')));
	const summary = parseCopySummary(JSON.parse(readFileSync(join(DIST, 'offline-copy-summary.json'), 'utf8')));

	test('lists every page, script, style and search file a reader can open, and nothing else', () => {
		expect(list).toBeDefined();
		const listed = new Set(list!.files.map(([url]) => url));
		const expected = files.filter((path) => classifyDistFile(path)).map(urlOfDistFile);
		expect([...listed].sort()).toEqual(expected.sort());
		for (const path of files.filter((file) => file.endsWith('.html'))) expect(listed.has(urlOfDistFile(path)), path).toBe(true);
		expect(listed.has('/pagefind/wasm.id.pagefind')).toBe(true);
		expect([...listed].filter((url) => isUnusedPagefindFile(url.slice(1)))).toEqual([]);
	});

	test('its summary matches the list, so the button shows the real size', () => {
		expect(summary).toEqual({
			version: list!.version,
			files: list!.files.length,
			bytes: list!.files.reduce((total, [, bytes]) => total + bytes, 0),
			pages: list!.files.filter(([url]) => url.endsWith('/') || url.endsWith('.html')).length,
		});
	});
});

describe('the background precache (the shell)', () => {
	test('holds the fallback page and what it loads, and no page content or search index', async () => {
		const shell = await listShell(DIST);
		const urls = shell.map((entry) => entry.url);
		expect(urls[0]).toBe('/404.html');
		for (const url of urls) expect(existsSync(join(DIST, url.slice(1))), url).toBe(true);
		expect(urls.filter((url) => url.endsWith('.html'))).toEqual(['/404.html']);
		expect(urls.filter((url) => url.startsWith('/pagefind/'))).toEqual([]);
		expect(urls.some((url) => url.endsWith('.css'))).toBe(true);
		// Install icons and the manifest are cached when the browser asks for them, not in the background.
		expect(urls.filter((url) => /manifest|apple-touch-icon|\/icons\//.test(url))).toEqual([]);
		// Written into sw.js as the build made it.
		const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
		for (const url of urls) expect(worker, url).toContain(`"${url}"`);
	});
});
