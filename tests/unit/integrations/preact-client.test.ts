import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const COPY = 'src/integrations/preact-client/client.js';
const UPSTREAM = 'node_modules/@astrojs/preact/dist/client.js';
const UPSTREAM_STATIC_HTML = 'node_modules/@astrojs/preact/dist/static-html.js';
const CHANGE = /\/\* netralitas change: [^;]+; upstream: ("(?:[^"\\]|\\.)*") \*\/\n([\s\S]*?)\n\/\* end netralitas change \*\//g;

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Undo the marked changes and the three-line header: what is left must be upstream, byte for byte. */
function restoreUpstream(copy: string): string {
	const body = copy.split('\n').slice(3).join('\n');
	return body.replace(CHANGE, (_, original: string) => JSON.parse(original) as string);
}

describe('the copy of the Preact client renderer', () => {
	test('differs from @astrojs/preact only in its marked blocks', () => {
		const copy = read(COPY);
		expect(copy.match(CHANGE)?.length).toBe(2);
		expect(restoreUpstream(copy)).toBe(read(UPSTREAM));
	});

	test('inlines StaticHtml exactly as the package defines it', () => {
		const inlined = [...read(COPY).matchAll(CHANGE)].map((match) => match[2] ?? '').find((block) => block.includes('const StaticHtml'));
		expect(inlined).toBeDefined();
		expect(read(UPSTREAM_STATIC_HTML)).toContain(inlined);
	});

	test('loads nothing lazily, so Vite adds no preload helper to the islands', () => {
		// The code as shipped: without the header and the change markers (which quote upstream).
		const code = read(COPY).split('\n').slice(3).filter((line) => !/^\/\* (end )?netralitas change/.test(line)).join('\n');
		expect(code).not.toMatch(/\bimport\(/);
	});
});
