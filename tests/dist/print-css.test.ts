import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_URL } from '../../src/config/site';

const ASSETS = join(import.meta.dirname, '..', '..', 'dist', '_astro');

describe('print stylesheet', () => {
	test('prints site paths with the site address from src/config/site.ts in front', () => {
		const css = readdirSync(ASSETS)
			.filter((file) => file.endsWith('.css'))
			.map((file) => readFileSync(join(ASSETS, file), 'utf8'))
			.join('\n');
		const origins = [...css.matchAll(/content:\s*" \((https?:\/\/[^"]+)"\s*attr\(href\)/g)].map((match) => match[1]);
		expect(origins.length).toBeGreaterThan(0);
		expect(new Set(origins)).toEqual(new Set([SITE_URL]));
	});
});
