import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';

/**
 * Queries a civil servant would type, and the pages that answer them. A query passes when one of
 * its pages is among the first three results. Where two pages both answer well (the lesson and
 * the catalogue, say), both are listed.
 */
const QUERIES: [string, string[]][] = [
	['like postingan calon', ['/larangan/', '/belajar/media-sosial/']],
	['sanksi moral', ['/belajar/sanksi/', '/hukum/pp-42-2004/']],
	['foto bersama calon', ['/belajar/media-sosial/', '/larangan/']],
	['fotokopi KTP dukungan', ['/belajar/fasilitas-dan-keputusan/', '/larangan/']],
	['cuti di luar tanggungan negara', ['/belajar/pencalonan-dan-keluarga/']],
	['tunjangan kinerja dipotong', ['/belajar/sanksi/', '/cetak/sanksi/', '/hukum/pp-94-2021/']],
	['mobil dinas untuk kampanye', ['/belajar/kampanye-dan-atribut/', '/belajar/fasilitas-dan-keputusan/']],
	['menjadi anggota partai politik', ['/belajar/pencalonan-dan-keluarga/', '/hukum/uu-20-2023/', '/larangan/']],
	['PP 94 tahun 2021', ['/hukum/pp-94-2021/']],
	['UU 20 tahun 2023', ['/hukum/uu-20-2023/']],
	['SKB netralitas', ['/hukum/skb-2022/']],
	['cara melapor pelanggaran netralitas', ['/belajar/pelaporan-dan-skb/']],
	['pemberhentian tidak dengan hormat', ['/hukum/uu-20-2023/', '/belajar/pencalonan-dan-keluarga/']],
	['ikut tim kampanye pidana', ['/hukum/uu-7-2017/', '/belajar/kampanye-dan-atribut/']],
	['KASN dibubarkan', ['/belajar/pelaporan-dan-skb/', '/hukum/linimasa/', '/hukum/skb-2022/']],
	['suami istri calon', ['/belajar/pencalonan-dan-keluarga/']],
	['pasang spanduk baliho', ['/belajar/kampanye-dan-atribut/', '/larangan/']],
	['hukuman disiplin berat', ['/belajar/sanksi/', '/hukum/pp-94-2021/']],
	['pidato sekda netralitas', ['/pidato/sumsel-edward-candra-2024-10-29/', '/pidato/balikpapan-muhaimin-2024-06-12/', '/pidato/']],
	['ikrar netralitas', ['/ikrar/']],
	['jadwal pilkada 2024', ['/hukum/linimasa/']],
	['grup whatsapp pemenangan', ['/belajar/media-sosial/', '/larangan/']],
	['pakta integritas', ['/ikrar/pakta-integritas/']],
];

/** The URLs of the first results for a query, straight from the built Pagefind index. */
async function topResults(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
	// A string, not a function: the test runner would rewrite a function's dynamic import().
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
		const data = await Promise.all(search.results.slice(0, 3).map((result) => result.data()));
		return data.map((entry) => entry.url);
	})()`);
}

describe('kualitas pencarian', () => {
	const browser = useBrowserPage();
	beforeEach(async () => {
		await browser.page().goto(siteUrl('/'));
	});

	test(`each of ${QUERIES.length} everyday queries finds its page among the first three results`, async () => {
		const misses: string[] = [];
		for (const [query, expected] of QUERIES) {
			const results = await topResults(browser.page(), query);
			if (!results.some((url) => expected.includes(url))) misses.push(`${query}: got ${results.join(', ')}`);
		}
		expect(QUERIES.length).toBeGreaterThanOrEqual(20);
		expect(misses).toEqual([]);
	});

	test("a law's own page ranks first for its name", async () => {
		expect((await topResults(browser.page(), 'UU 20 tahun 2023'))[0]).toBe('/hukum/uu-20-2023/');
		expect((await topResults(browser.page(), 'PP 94/2021'))[0]).toBe('/hukum/pp-94-2021/');
	});

	test('results can be filtered by section', async () => {
		const filters = (await browser.page().evaluate(`(async () => (await import('/pagefind/pagefind.js')).filters())()`)) as Record<string, Record<string, number>>;
		expect(Object.keys(filters.bagian ?? {})).toEqual(expect.arrayContaining(['Materi', 'Hukum', 'SKB', 'Larangan', 'Pidato', 'Kuis']));
		const onlySpeeches = await topResults(browser.page(), 'netralitas', { bagian: 'Pidato' });
		expect(onlySpeeches.length).toBeGreaterThan(0);
		for (const url of onlySpeeches) expect(url).toMatch(/^\/pidato\//);
	});

	test('navigation and quiz text are not in the index', async () => {
		const content = (await browser.page().evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search('sanksi disiplin');
			const pages = await Promise.all(search.results.map((result) => result.data()));
			return pages.find((entry) => entry.url === '/belajar/sanksi/')?.content ?? '';
		})()`)) as string;
		expect(content).toMatch(/tunjangan kinerja/);
		// The lesson's quiz and Starlight's sidebar would put these on the page's indexed text.
		for (const uiText of ['Soal 1 dari', 'Lihat jawaban', 'Periksa jawaban', 'Panduan pemateri', 'Pidato pejabat daerah']) {
			expect(content).not.toContain(uiText);
		}
	});
});
