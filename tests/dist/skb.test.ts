import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { loadCollection } from '../support/content';
import { pageTree } from './support/built-site';

const acts = loadCollection('prohibited-acts', ProhibitedActSchema);
const page = pageTree('/hukum/skb-2022/');

/** The rows of one SKB table in the built page: row number and act title. */
function tableRows(list: string): { row: number; title: string }[] {
	const table = select(`table[data-skb-list="${list}"]`, page);
	if (!table) throw new Error(`no table for ${list}`);
	return selectAll('tr[id^="skb-"]', table).map((row) => ({
		row: Number(String(row.properties.id).replace(/^.*-/, '')),
		title: toString(select('a[href^="/larangan/#"]', row) ?? row).trim(),
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
