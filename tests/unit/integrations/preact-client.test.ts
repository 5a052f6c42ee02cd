import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MARKED_CHANGE, restoreUpstream } from '../../support/upstream-copy';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const COPY = 'src/integrations/preact-client/client.js';
const UPSTREAM = 'node_modules/@astrojs/preact/dist/client.js';
const UPSTREAM_STATIC_HTML = 'node_modules/@astrojs/preact/dist/static-html.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the copy of the Preact client renderer', () => {
	test('differs from @astrojs/preact only in its marked blocks', () => {
		const copy = read(COPY);
		expect(copy.match(MARKED_CHANGE)?.length).toBe(2);
		expect(restoreUpstream(copy)).toBe(read(UPSTREAM));
	});

	test('inlines StaticHtml exactly as the package defines it', () => {
		const inlined = [...read(COPY).matchAll(MARKED_CHANGE)].map((match) => match[2] ?? '').find((block) => block.includes('const StaticHtml'));
		expect(inlined).toBeDefined();
		expect(read(UPSTREAM_STATIC_HTML)).toContain(inlined);
	});

	test('loads nothing lazily, so Vite adds no preload helper to the islands', () => {
		// The code as shipped: without the header and the change markers (which quote upstream).
		const code = read(COPY).split('\n').slice(3).filter((line) => !/^\/\* (end )?netralitas change/.test(line)).join('\n');
		expect(code).not.toMatch(/\bimport\(/);
	});
});
