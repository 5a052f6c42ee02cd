/**
 * The speeches index and speech pages as built, read from dist/: grouping, order, counts and
 * attribution are all in the markup. (Their axe check runs over every sitemap page in e2e.)
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { NEWEST_PER_PROVINCE, provincePath, SPEECHES_PER_PAGE } from '~/lib/speeches/speech-list';
import { SpeechSchema } from '~/schemas/speech';
import { loadCollection } from '../support/content';
import { pageTree } from './support/built-site';

const speeches = loadCollection('speeches', SpeechSchema);
const provinces = [...new Set(speeches.map((speech) => speech.data.region.province))];
const byProvince = (province: string) => speeches.filter((speech) => speech.data.region.province === province);
const textOf = (element: Element | undefined) => (element ? toString(element).replace(/\s+/g, ' ').trim() : '');
const datesIn = (path: string) => selectAll('.speech-list time', pageTree(path)).map((time) => String(time.properties.dateTime));

describe('indeks pidato hasil build', () => {
	test('groups speeches by province in alphabetical order, newest first, each with a link to all its speeches', () => {
		const index = pageTree('/pidato/');
		const sorted = [...provinces].sort((a, b) => a.localeCompare(b, 'id'));
		const sections = selectAll('.speech-province', index);
		expect(sections.map((section) => textOf(select('h3', section)))).toEqual(sorted);
		for (const section of sections) {
			const province = String(section.properties.dataProvince);
			const expected = byProvince(province).length;
			expect(selectAll('li', section).length, province).toBe(Math.min(expected, NEWEST_PER_PROVINCE));
			const dates = selectAll('time', section).map((time) => String(time.properties.dateTime));
			expect(dates, province).toEqual([...dates].sort().reverse());
			const all = selectAll('a', section).find((link) => textOf(link) === `Semua ${expected} pidato dari ${province}`);
			expect(all?.properties.href, province).toBe(provincePath(province));
		}
	});

	test.each(provinces)('the page of %s lists every speech of the province, newest first', (province) => {
		const path = provincePath(province);
		expect(textOf(select('h1', pageTree(path)))).toBe(`Pidato dari ${province}`);
		const dates = datesIn(path);
		expect(dates.length).toBe(Math.min(byProvince(province).length, SPEECHES_PER_PAGE));
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('every theme in the theme table links to a list of that theme with its count', () => {
		const rows = selectAll('.speech-themes tbody tr', pageTree('/pidato/'));
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const href = String(select('a', row)?.properties.href);
			const theme = href.split('/')[3] ?? '';
			const expected = speeches.filter((speech) => speech.data.themes.includes(theme as never)).length;
			expect(textOf(selectAll('td', row)[1]), theme).toBe(`${expected} pidato`);
			expect(selectAll('.speech-list li', pageTree(href)).length, theme).toBe(Math.min(expected, SPEECHES_PER_PAGE));
		}
	});
});

describe('halaman pidato hasil build', () => {
	test.each(speeches.map((speech) => [speech.id, speech] as const))('pidato %s attributes its quotes and links its source', (id, speech) => {
		const page = pageTree(`/pidato/${id}/`);
		expect(textOf(select('h1', page))).toBe(speech.data.title);
		const captions = selectAll('.speech-quote figcaption', page).map(textOf);
		expect(captions.length).toBe(speech.data.quotes.length);
		for (const caption of captions) expect(speech.data.speakers.some((speaker) => caption.includes(speaker.name)), caption).toBe(true);
		const links = selectAll('#sumber ~ p a, #sumber ~ ul a', page).map((anchor) => String(anchor.properties.href));
		for (const url of [speech.data.source.url, ...speech.data.alsoReported.map((report) => report.url)].filter(Boolean)) expect(links).toContain(url);
	});
});
