import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * Whole files we adapted from a dependency (CONVENTIONS 25), with the upstream file each was taken
 * from and its SHA-256 then. When an upgrade changes the upstream file, this fails: carry the
 * upstream change into our copy (its changes are marked "Netralitas:"), then record the new hash.
 */
const COPIES = [
	{
		copy: 'src/components/starlight/Search.astro',
		upstream: 'node_modules/@astrojs/starlight/dist/components/Search.astro',
		/** How the copy's header names its source. */
		named: 'packages/starlight/components/Search.astro, 0.42',
		sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
	},
];

describe('copies of upstream files', () => {
	test.each(COPIES)('$copy was adapted from $upstream as it is installed now', ({ copy, upstream, named, sha256 }) => {
		expect(readFileSync(join(ROOT, copy), 'utf8')).toContain(named);
		expect(createHash('sha256').update(readFileSync(join(ROOT, upstream))).digest('hex')).toBe(sha256);
	});
});
