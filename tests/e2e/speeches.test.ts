import { describe, expect, test } from 'vitest';
import { NEWEST_PER_PROVINCE, provincePath, SPEECHES_PER_PAGE } from '~/lib/speeches/speech-list';
import { SpeechSchema } from '~/schemas/speech';
import { loadCollection } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const speeches = loadCollection('speeches', SpeechSchema);
const provinces = [...new Set(speeches.map((speech) => speech.data.region.province))];

const byProvince = (province: string) => speeches.filter((speech) => speech.data.region.province === province);

describe('indeks pidato', () => {
	const browser = useBrowserPage();

	test('groups speeches by province, newest first, with a link to every speech of each province', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		const sorted = [...provinces].sort((a, b) => a.localeCompare(b, 'id'));
		expect(await page.locator('.speech-province h3').allInnerTexts()).toEqual(sorted);
		for (const province of sorted) {
			const section = page.locator(`.speech-province[data-province="${province}"]`);
			const expected = byProvince(province).length;
			expect(await section.locator('li').count()).toBe(Math.min(expected, NEWEST_PER_PROVINCE));
			expect(await section.getByRole('link', { name: `Semua ${expected} pidato dari ${province}` }).getAttribute('href')).toBe(provincePath(province));
		}
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('pemateri membuka semua pidato satu provinsi, terbaru lebih dulu', async () => {
		const page = browser.page();
		const province = provinces[0] ?? '';
		await page.goto(siteUrl('/pidato/'));
		await Promise.all([page.waitForURL(`**${provincePath(province)}`), page.getByRole('link', { name: new RegExp(`^Semua \\d+ pidato dari ${province}$`) }).click()]);
		expect(await page.locator('h1').innerText()).toBe(`Pidato dari ${province}`);
		const dates = await page.locator('.speech-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
		expect(dates.length).toBe(byProvince(province).length);
		expect(dates).toEqual([...dates].sort().reverse());
		expect(await findAxeViolations(page)).toEqual([]);
	});

	test('a link from the theme table opens the list of that theme', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		const firstTheme = page.locator('.speech-themes a').first();
		const theme = (await firstTheme.getAttribute('href'))?.split('/')[3] ?? '';
		await Promise.all([page.waitForURL(`**/pidato/tema/${theme}/`), firstTheme.click()]);
		const expected = speeches.filter((speech) => speech.data.themes.includes(theme as never)).length;
		expect(await page.locator('.speech-list li').count()).toBe(Math.min(expected, SPEECHES_PER_PAGE));
	});
});

describe('halaman pidato', () => {
	const browser = useBrowserPage();

	test.each(speeches.map((speech) => speech.id))('pidato %s attributes its quotes and links its source', async (id) => {
		const speech = speeches.find((candidate) => candidate.id === id)!;
		const page = browser.page();
		await page.goto(siteUrl(`/pidato/${id}/`));
		expect(await page.locator('h1').innerText()).toBe(speech.data.title);
		const captions = await page.locator('.speech-quote figcaption').allInnerTexts();
		expect(captions.length).toBe(speech.data.quotes.length);
		for (const caption of captions) expect(speech.data.speakers.some((speaker) => caption.includes(speaker.name))).toBe(true);
		const links = await page.locator('#sumber ~ p a, #sumber ~ ul a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		for (const url of [speech.data.source.url, ...speech.data.alsoReported.map((report) => report.url)].filter(Boolean)) expect(links).toContain(url);
	});
});

describe('indeks pidato tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false });

	test('is plain HTML: every province and its link show without scripts', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		expect(await page.locator('.speech-province:visible').count()).toBe(provinces.length);
	});
});
