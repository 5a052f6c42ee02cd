import { describe, expect, test } from 'vitest';
// The benchmark's own measuring code, so the gate and the report can never disagree.
import { measureLoadedJs, sum, weighPage } from '../bench/page-weight.mjs';
import { useBrowserPage } from './support/browser-hooks';
import { DIST, siteUrl } from './support/site';

const KB = 1024;
const LESSON = '/belajar/apa-itu-netralitas/';
/** Pages with no island: they may load Starlight's scripts and the offline indicator, nothing else. */
const PAGES_WITHOUT_ISLAND = ['/', '/hukum/uu-20-2023/', '/hukum/linimasa/', '/glosarium/', '/sumber/', '/pidato/singkawang-sumastro-2023-10-26/'];
/** Pages with a small module script of their own but no quiz (a presentation among them): still no island, so no Preact. */
const PAGES_WITH_SCRIPT_BUT_NO_QUIZ = ['/larangan/', '/kuis/', '/pidato/', '/presentasi/belajar/apa-itu-netralitas/'];
/** Scripts of Starlight's own components (search, table of contents) and the chunks they share. */
const STARLIGHT_SCRIPT = /^\/_astro\/(Search\.astro|TableOfContents\.astro|MobileTableOfContents\.astro|starlight-toc|page|preload-helper)[._]/;
/** The offline footer (readiness and the reader's offline copy), on every page by design (see src/components/offline). */
const OFFLINE_INDICATOR = /^\/_astro\/(OfflineStatus\.astro|OfflineCopy\.astro|offline-status|offline-copy|cache-plan|browser-storage|format-label)[._]/;
/** The text-size setting beside the theme picker, on every page (its storage module is shared above). */
const TEXT_SIZE_SETTING = /^\/_astro\/TextSizeSetting\.astro[._]/;

async function weigh(context: Parameters<typeof measureLoadedJs>[0], path: string) {
	const { islandPaths, ...weight } = weighPage(DIST, path);
	const js = await measureLoadedJs(context, siteUrl('/').replace(/\/$/, ''), path, islandPaths);
	return { ...weight, js, total: sum([weight.html, weight.css, js.island, js.other]) };
}

describe('anggaran ukuran halaman', () => {
	const browser = useBrowserPage();

	test('a lesson page, quiz included, is at most 60 KB gzip in total', async () => {
		const lesson = await weigh(browser.context(), LESSON);
		expect(lesson.total.gzip).toBeLessThanOrEqual(60 * KB);
	});

	test('the quiz island, Preact included, is at most 12 KB gzip', async () => {
		const lesson = await weigh(browser.context(), LESSON);
		expect(lesson.js.island.gzip).toBeGreaterThan(0);
		expect(lesson.js.island.gzip).toBeLessThanOrEqual(12 * KB);
		// The renderer copy in src/integrations/preact-client keeps Vite's preload helper out of the island.
		expect([...weighPage(DIST, LESSON).islandPaths].filter((path) => /preload-helper/.test(path))).toEqual([]);
	});

	// The pages without an island are held to less than this in the next test; these only to no Preact.
	test('pages with a script of their own but no quiz ship no island code and no Preact', async () => {
		for (const path of PAGES_WITH_SCRIPT_BUT_NO_QUIZ) {
			const page = await weigh(browser.context(), path);
			expect(page.js.island.raw, path).toBe(0);
			expect(page.js.files.filter((file: { path: string }) => /preact/i.test(file.path)).map((file: { path: string }) => file.path), path).toEqual([]);
		}
	});

	test('a page without an island ships only Starlight\'s own JavaScript, the offline footer and the text-size setting', async () => {
		for (const path of PAGES_WITHOUT_ISLAND) {
			const page = await weigh(browser.context(), path);
			expect(page.js.island.raw, path).toBe(0);
			const foreign = page.js.files.map((file: { path: string }) => file.path).filter((file: string) => !STARLIGHT_SCRIPT.test(file) && !OFFLINE_INDICATOR.test(file) && !TEXT_SIZE_SETTING.test(file));
			expect(foreign, path).toEqual([]);
			// Guards the patterns above: a page with no recognised Starlight script means they went stale.
			expect(page.js.files.some((file: { path: string }) => STARLIGHT_SCRIPT.test(file.path)), path).toBe(true);
			const indicator = sum(page.js.files.filter((file: { path: string }) => OFFLINE_INDICATOR.test(file.path)));
			// The offline footer must stay small next to what Starlight itself ships.
			expect(indicator.gzip, path).toBeLessThanOrEqual(4 * KB);
			const setting = sum(page.js.files.filter((file: { path: string }) => TEXT_SIZE_SETTING.test(file.path)));
			expect(setting.gzip, path).toBeLessThanOrEqual(1 * KB);
		}
	});
});
