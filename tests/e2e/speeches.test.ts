import { describe, expect, test } from 'vitest';
import { SpeechSchema } from '~/schemas/speech';
import { loadCollection } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { findAxeViolations, siteUrl } from './support/site';

const speeches = loadCollection('speeches', SpeechSchema);
const provinces = [...new Set(speeches.map((speech) => speech.data.region.province))];

describe('indeks pidato', () => {
	const browser = useBrowserPage();

	test('lists every speech, grouped by province', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		expect(await page.locator('.speech-province h3').allInnerTexts()).toEqual([...provinces].sort((a, b) => a.localeCompare(b, 'id')));
		expect(await page.locator('.speech-province li').count()).toBe(speeches.length);
	});

	test('pemateri menyaring pidato menurut provinsi dan tema dengan keyboard', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		const status = page.locator('.speech-count');
		await expect.poll(() => status.innerText()).toBe(`Menampilkan ${speeches.length} dari ${speeches.length} pidato.`);
		const province = [...provinces].sort((a, b) => a.localeCompare(b, 'id'))[0] ?? '';
		await page.locator('#pidato-provinsi').focus();
		await page.keyboard.press('ArrowDown');
		const inProvince = speeches.filter((speech) => speech.data.region.province === province).length;
		await expect.poll(() => status.innerText()).toBe(`Menampilkan ${inProvince} dari ${speeches.length} pidato.`);
		expect(await page.locator('.speech-province li:visible').count()).toBe(inProvince);
		expect(page.url()).toContain('provinsi=');
		expect(await findAxeViolations(page)).toEqual([]);
		await page.locator('#pidato-cari').fill('<b>zzz</b>');
		await expect.poll(() => page.locator('.speech-empty').isVisible()).toBe(true);
		expect(await page.locator('.speech-index b').count()).toBe(0);
	});

	test('a link from the theme table opens the index filtered by that theme', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		const firstTheme = page.locator('.speech-themes a').first();
		const theme = new URL((await firstTheme.getAttribute('href')) ?? '', 'http://x').searchParams.get('tema') ?? '';
		await firstTheme.click();
		const expected = speeches.filter((speech) => speech.data.themes.includes(theme as never)).length;
		await expect.poll(() => page.locator('.speech-province li:visible').count()).toBe(expected);
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

	test('shows the whole list and no filter controls', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		expect(await page.locator('.speech-filter').isVisible()).toBe(false);
		expect(await page.locator('.speech-province li:visible').count()).toBe(speeches.length);
	});
});
