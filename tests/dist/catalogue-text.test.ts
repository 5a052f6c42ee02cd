import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { catalogueLabels } from '../../src/config/ui-strings';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

describe('katalog "Boleh atau tidak?" sebagai teks', () => {
	test('the verdict badge and the act are separate words, in the page text and so in search excerpts', () => {
		const tree = fromHtml(readFileSync(join(DIST, 'larangan', 'index.html'), 'utf8'));
		const verdicts = selectAll('.act-verdict', tree).map((element) => toString(element).trim());
		expect(verdicts.length).toBeGreaterThan(20);
		for (const verdict of verdicts) expect(verdict).toMatch(new RegExp(`^${catalogueLabels.verdict}\\s+\\S`));
	});
});
