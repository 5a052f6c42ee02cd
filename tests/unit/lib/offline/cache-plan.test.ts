import { describe, expect, test } from 'vitest';
import { cacheKeyOf, classifyDistFile, isImmutableUrl, isUnusedPagefindFile, urlOfDistFile } from '~/lib/offline/cache-plan';

describe('classifyDistFile', () => {
	test('sorts built files into pages, assets and search', () => {
		expect(classifyDistFile('belajar/sanksi/index.html')).toBe('page');
		expect(classifyDistFile('404.html')).toBe('page');
		expect(classifyDistFile('_astro/page.cNngjUgL.js')).toBe('asset');
		expect(classifyDistFile('favicon.svg')).toBe('asset');
		expect(classifyDistFile('pagefind/pagefind.js')).toBe('search');
		expect(classifyDistFile('pagefind/fragment/id_1a2b3c.pf_fragment')).toBe('search');
		expect(classifyDistFile('pagefind/wasm.id.pagefind')).toBe('search');
	});

	test('leaves out the worker, its own lists, the sitemaps and the Pagefind files no page loads', () => {
		for (const path of ['sw.js', 'offline-copy.json', 'offline-copy-summary.json', 'sitemap-0.xml', 'sitemap-index.xml']) expect(classifyDistFile(path), path).toBeUndefined();
		for (const path of [
			'pagefind/pagefind-ui.js',
			'pagefind/pagefind-ui.css',
			'pagefind/pagefind-modular-ui.js',
			'pagefind/pagefind-modular-ui.css',
			'pagefind/pagefind-component-ui.js',
			'pagefind/pagefind-component-ui.css',
			'pagefind/pagefind-highlight.js',
			'pagefind/pagefind-worker.js',
			'pagefind/wasm.unknown.pagefind',
		]) {
			expect(isUnusedPagefindFile(path), path).toBe(true);
			expect(classifyDistFile(path), path).toBeUndefined();
		}
		expect(isUnusedPagefindFile('pagefind/pagefind.js')).toBe(false);
	});
});

describe('urlOfDistFile', () => {
	test('serves a directory index at its directory', () => {
		expect(urlOfDistFile('index.html')).toBe('/');
		expect(urlOfDistFile('belajar/sanksi/index.html')).toBe('/belajar/sanksi/');
		expect(urlOfDistFile('404.html')).toBe('/404.html');
		expect(urlOfDistFile('_astro/x.js')).toBe('/_astro/x.js');
	});
});

describe('cacheKeyOf', () => {
	test('drops the query and hash, so a link with settings opens the saved page', () => {
		expect(cacheKeyOf(new URL('https://a.id/ikrar/kuis/?acara=X&soal=10#mulai'))).toBe('https://a.id/ikrar/kuis/');
		expect(cacheKeyOf(new URL('https://a.id/pagefind/pagefind-entry.json?ts=123'))).toBe('https://a.id/pagefind/pagefind-entry.json');
	});
});

describe('isImmutableUrl', () => {
	test('knows hashed files from files that change under the same name', () => {
		expect(isImmutableUrl('/_astro/page.cNngjUgL.js')).toBe(true);
		expect(isImmutableUrl('/pagefind/fragment/id_1a2b.pf_fragment')).toBe(true);
		expect(isImmutableUrl('/pagefind/pagefind.id_ae64d7efc7.pf_meta')).toBe(true);
		expect(isImmutableUrl('/pagefind/pagefind.js')).toBe(false);
		expect(isImmutableUrl('/pagefind/pagefind-entry.json')).toBe(false);
		expect(isImmutableUrl('/belajar/sanksi/')).toBe(false);
	});
});
