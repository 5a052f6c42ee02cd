import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';
import { normaliseSearchQuery } from '~/lib/search/normalise-query';

/**
 * Queries a civil servant would type, and the pages that answer them. A query passes when one of
 * its pages is among the first three results. Where two pages both answer well (the lesson and
 * the catalogue, say), both are listed. Queries go through normaliseSearchQuery exactly as the
 * search box sends them, so everyday words ("saya", "bareng", "WA") are part of what is tested.
 */
const QUERIES: [string, string[]][] = [
	// Named by the issue: everyday phrasing that the bare index missed.
	['istri saya caleg', ['/belajar/pencalonan-dan-keluarga/']],
	['boleh like postingan calon', ['/belajar/media-sosial/', '/larangan/']],
	['foto bareng calon bupati', ['/belajar/media-sosial/', '/larangan/']],
	// Social media, as people type it.
	['like postingan calon', ['/larangan/', '/belajar/media-sosial/']],
	['foto bersama calon', ['/belajar/media-sosial/', '/larangan/']],
	['komen di postingan caleg', ['/belajar/media-sosial/']],
	['share postingan capres di grup WA', ['/larangan/', '/belajar/media-sosial/']],
	['keluar dari grup WA tim sukses', ['/belajar/media-sosial/', '/larangan/']],
	['grup whatsapp pemenangan', ['/belajar/media-sosial/', '/larangan/']],
	['kampanye di medsos sanksi', ['/belajar/media-sosial/', '/larangan/']],
	['follow akun calon', ['/belajar/media-sosial/', '/larangan/']],
	['pose dua jari foto', ['/belajar/media-sosial/', '/larangan/']],
	['twibbon dukungan calon', ['/belajar/media-sosial/', '/larangan/']],
	// Campaigns.
	['bolehkah PNS ikut kampanye?', ['/belajar/kampanye-dan-atribut/', '/larangan/']],
	['apakah boleh datang kampanye hanya mendengarkan', ['/belajar/kampanye-dan-atribut/']],
	['hadir kampanye pasif mendagri', ['/belajar/kampanye-dan-atribut/']],
	['guru PNS ikut kampanye caleg', ['/belajar/kampanye-dan-atribut/']],
	['pasang baliho di pagar rumah', ['/belajar/kampanye-dan-atribut/', '/larangan/']],
	['pasang spanduk baliho', ['/belajar/kampanye-dan-atribut/', '/larangan/']],
	['jadi narasumber acara partai', ['/belajar/kampanye-dan-atribut/', '/larangan/']],
	['ikut deklarasi calon', ['/belajar/kampanye-dan-atribut/', '/larangan/']],
	['ikut tim kampanye pidana', ['/hukum/uu-7-2017/', '/belajar/kampanye-dan-atribut/']],
	['mobdin untuk kampanye', ['/belajar/kampanye-dan-atribut/', '/belajar/fasilitas-dan-keputusan/']],
	// State facilities and decisions.
	['kasih fotokopi KTP ke calon independen', ['/belajar/fasilitas-dan-keputusan/', '/larangan/']],
	['fotokopi KTP dukungan', ['/belajar/fasilitas-dan-keputusan/', '/larangan/']],
	['kepala dinas ajak staf pilih calon', ['/belajar/fasilitas-dan-keputusan/', '/larangan/']],
	['bagi sembako bergambar calon', ['/belajar/fasilitas-dan-keputusan/', '/larangan/']],
	['pasal 188 UU Pilkada', ['/hukum/uu-pilkada/', '/hukum/putusan-mk-136-2024/']],
	// Running for office, family, leave.
	['suami saya nyaleg DPRD, apakah saya harus cuti?', ['/belajar/pencalonan-dan-keluarga/']],
	['istri PNS jadi calon bupati CLTN', ['/belajar/pencalonan-dan-keluarga/']],
	['cuti di luar tanggungan negara', ['/belajar/pencalonan-dan-keluarga/']],
	['suami istri calon', ['/belajar/pencalonan-dan-keluarga/']],
	['adik saya calon bupati', ['/belajar/pencalonan-dan-keluarga/']],
	['PNS jadi caleg harus mundur kapan', ['/belajar/pencalonan-dan-keluarga/']],
	['ASN maju pilkada mundur', ['/belajar/pencalonan-dan-keluarga/']],
	['ASN jadi anggota partai dipecat', ['/belajar/pencalonan-dan-keluarga/', '/hukum/uu-20-2023/']],
	['menjadi anggota partai politik', ['/belajar/pencalonan-dan-keluarga/', '/belajar/apa-itu-netralitas/', '/hukum/uu-20-2023/', '/larangan/']],
	// Who is bound: PPPK, honorer.
	['PPPK juga harus netral?', ['/belajar/sanksi/', '/belajar/apa-itu-netralitas/', '/hukum/pp-49-2018/']],
	['P3K ikut kampanye', ['/belajar/sanksi/', '/larangan/']],
	['honorer PPPK paruh waktu netralitas', ['/hukum/kepmen-panrb-16-2025/', '/belajar/apa-itu-netralitas/']],
	['saya pppk paruh waktu apakah boleh ikut kampanye', ['/belajar/sanksi/', '/belajar/apa-itu-netralitas/']],
	// Sanctions.
	['sanksi PNS tidak netral', ['/belajar/sanksi/', '/cetak/sanksi/']],
	['tukin dipotong berapa persen', ['/belajar/sanksi/', '/cetak/sanksi/', '/glosarium/']],
	['tunjangan kinerja dipotong', ['/belajar/sanksi/', '/cetak/sanksi/', '/hukum/pp-94-2021/']],
	['hukuman ringan netralitas', ['/belajar/sanksi/', '/hukum/pp-94-2021/']],
	['hukuman disiplin berat', ['/belajar/sanksi/', '/hukum/pp-94-2021/']],
	['sanksi moral', ['/belajar/sanksi/', '/hukum/pp-42-2004/']],
	['pemberhentian tidak dengan hormat', ['/hukum/uu-20-2023/', '/belajar/pencalonan-dan-keluarga/']],
	['atasan diam saja ada pelanggaran', ['/belajar/sanksi/', '/belajar/pelaporan-dan-skb/']],
	['PP 53 tahun 2010 penundaan gaji berkala', ['/belajar/sanksi/', '/hukum/pp-94-2021/']],
	// Reporting, and what changed after 2024.
	['KASN sudah bubar, lapor ke mana?', ['/belajar/pelaporan-dan-skb/']],
	['cara lapor ASN tidak netral', ['/belajar/pelaporan-dan-skb/']],
	['cara melapor pelanggaran netralitas', ['/belajar/pelaporan-dan-skb/']],
	['lapor tanpa NIP', ['/belajar/pelaporan-dan-skb/']],
	['KASN dibubarkan', ['/belajar/pelaporan-dan-skb/', '/hukum/linimasa/', '/hukum/skb-2022/']],
	['lembaga independen pengawas ASN', ['/hukum/putusan-mk-121-2024/', '/belajar/pelaporan-dan-skb/']],
	['pemilu 2029', ['/belajar/apa-itu-netralitas/', '/hukum/putusan-mk-135-2024/', '/hukum/linimasa/']],
	['pilkada 2031', ['/hukum/linimasa/', '/belajar/apa-itu-netralitas/']],
	['jadwal pemilu berikutnya', ['/hukum/linimasa/']],
	['putusan MK pemilu dipisah', ['/hukum/putusan-mk-135-2024/']],
	['jadwal pilkada 2024', ['/hukum/linimasa/']],
	// The lessons on process, staff types, family and timing, hard situations, and where to report.
	['setelah dilaporkan apa yang terjadi', ['/belajar/setelah-dilaporkan/']],
	['dipanggil atasan diperiksa BAP', ['/belajar/setelah-dilaporkan/']],
	['banding ke BPASN', ['/belajar/setelah-dilaporkan/', '/hukum/pp-79-2021/']],
	['keberatan atas hukuman disiplin', ['/belajar/setelah-dilaporkan/', '/hukum/pp-79-2021/']],
	['CPNS boleh ikut kampanye?', ['/belajar/pns-pppk-dan-pegawai-lain/']],
	['pegawai honorer non ASN harus netral', ['/belajar/pns-pppk-dan-pegawai-lain/']],
	['bapak saya calon bupati', ['/belajar/keluarga-waktu-dan-peran-lain/']],
	['ASN saat masa tenang', ['/belajar/keluarga-waktu-dan-peran-lain/', '/glosarium/']],
	['ikut syukuran kemenangan calon', ['/belajar/keluarga-waktu-dan-peran-lain/']],
	['pj bupati netral', ['/belajar/keluarga-waktu-dan-peran-lain/', '/hukum/permendagri-4-2023/']],
	['ASN jadi KPPS', ['/belajar/keluarga-waktu-dan-peran-lain/']],
	['disuruh atasan datang ke acara calon', ['/belajar/situasi-sulit/']],
	['dimasukkan ke grup WA keluarga caleg', ['/belajar/situasi-sulit/', '/belajar/media-sosial/']],
	['teman minta KTP untuk calon', ['/belajar/situasi-sulit/', '/belajar/fasilitas-dan-keputusan/']],
	['cara menolak ajakan kampanye', ['/belajar/situasi-sulit/']],
	['ke mana melapor?', ['/lapor/', '/belajar/pelaporan-dan-skb/']],
	['lapor ke Bawaslu', ['/lapor/', '/belajar/pelaporan-dan-skb/']],
	// Laws by name, and the rest of the site.
	['apa itu netralitas ASN', ['/belajar/apa-itu-netralitas/']],
	['PP 94 tahun 2021', ['/hukum/pp-94-2021/']],
	['UU 20 tahun 2023', ['/hukum/uu-20-2023/']],
	['SKB netralitas', ['/hukum/skb-2022/']],
	['pidato sekda netralitas', ['/pidato/sumsel-edward-candra-2024-10-29/', '/pidato/balikpapan-muhaimin-2024-06-12/', '/pidato/']],
	['ikrar netralitas', ['/ikrar/']],
	['pakta integritas', ['/ikrar/pakta-integritas/']],
];

/** The URLs of the first results for a query as the search box sends it to the built Pagefind index. */
async function topResults(page: Page, query: string, filters: Record<string, string> = {}): Promise<string[]> {
	// A string, not a function: the test runner would rewrite a function's dynamic import().
	return page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(normaliseSearchQuery(query))}, { filters: ${JSON.stringify(filters)} });
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
		expect(QUERIES.length).toBeGreaterThanOrEqual(40);
		expect(misses).toEqual([]);
	});

	test('pembaca mengetik "istri saya caleg" di kotak pencarian dan menemukan materi pencalonan', async () => {
		const page = browser.page();
		await page.getByRole('button', { name: /^Pencarian/ }).click();
		await page.locator('.pagefind-ui__search-input').fill('istri saya caleg');
		const firstResult = page.locator('.pagefind-ui__result-link').first();
		await firstResult.waitFor({ timeout: 15_000 });
		expect(await firstResult.getAttribute('href')).toBe('/belajar/pencalonan-dan-keluarga/');
	});

	test('a word no page has does not empty the results', async () => {
		// Pagefind returns only pages holding every word; "saya" and "apakah" would otherwise sink the query.
		expect(await topResults(browser.page(), 'apakah saya boleh ikut kampanye')).toContain('/belajar/kampanye-dan-atribut/');
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
});
