import { describe, expect, test } from 'vitest';
import { SpeechSchema } from '~/schemas/speech';
import { loadCollection } from '../support/content';
import { useBrowserPage } from './support/browser-hooks';
import { siteUrl } from './support/site';

// Grouping, order, counts and attribution are read from dist/ in tests/dist/speeches.test.ts; what
// needs a browser is that the index shows without scripts.
const speeches = loadCollection('speeches', SpeechSchema);
const provinces = [...new Set(speeches.map((speech) => speech.data.region.province))];

describe('indeks pidato tanpa JavaScript', () => {
	const browser = useBrowserPage({ javaScriptEnabled: false });

	test('is plain HTML: every province and its link show without scripts', async () => {
		const page = browser.page();
		await page.goto(siteUrl('/pidato/'));
		expect(await page.locator('.speech-province:visible').count()).toBe(provinces.length);
		expect(await page.locator('.speech-province a[href^="/pidato/provinsi/"]:visible').count()).toBe(provinces.length);
	});
});
