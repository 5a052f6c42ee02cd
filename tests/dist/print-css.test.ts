import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

describe('printed link addresses', () => {
	test('the print-only stylesheet gives the address the site was built for, and every page loads it for print', () => {
		const css = readFileSync(join(DIST, 'print-address.css'), 'utf8');
		const canonical = readFileSync(join(DIST, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
		expect(css).toContain(`--site-address:${JSON.stringify(new URL(canonical).origin)}`);
		expect(readFileSync(join(DIST, 'belajar', 'sanksi', 'index.html'), 'utf8')).toMatch(/<link rel="stylesheet" href="\/print-address\.css" media="print"/);
	});
});
