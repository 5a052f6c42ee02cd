import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { loadCollection } from '../support/content';
import { DIST } from './support/site';

const acts = loadCollection('prohibited-acts', ProhibitedActSchema);
const html = readFileSync(join(DIST, 'hukum', 'skb-2022', 'index.html'), 'utf8');

/** The rows of one SKB table in the built page: row number and act title. */
function tableRows(list: string): { row: number; title: string }[] {
	const table = html.match(new RegExp(`<table[^>]*data-skb-list="${list}"[\\s\\S]*?</table>`))?.[0] ?? '';
	return [...table.matchAll(/<tr id="skb-[a-z-]+-(\d+)"[^>]*>[\s\S]*?<a href="\/larangan\/#[^"]+"[^>]*>([^<]+)<\/a>/g)].map((match) => ({
		row: Number(match[1]),
		title: (match[2] ?? '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'"),
	}));
}

describe('halaman SKB 2022', () => {
	test.each(['kode-etik', 'disiplin'])('the %s table holds every catalogue row of its list, in order', (list) => {
		const expected = acts
			.filter((act) => act.data.skb?.list === list)
			.sort((a, b) => (a.data.skb?.row ?? 0) - (b.data.skb?.row ?? 0))
			.map((act) => ({ row: act.data.skb?.row ?? 0, title: act.data.title }));
		expect(expected.length).toBeGreaterThan(0);
		expect(tableRows(list)).toEqual(expected);
	});
});
