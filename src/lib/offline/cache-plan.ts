/**
 * What the service worker keeps, and where. Shared by the build step that writes sw.js and the
 * offline copy list (src/integrations/service-worker/), the worker itself and the page scripts,
 * so all three agree on file roles and cache keys.
 *
 * - The shell (the offline page and the styles and scripts it loads) is precached in the
 *   background after the first page has loaded. It is the same size however much content the
 *   site has, because the offline page carries no content list.
 * - Everything else (pages, feature scripts, the search index) goes into one runtime cache as the
 *   reader opens it, or all at once when the reader chooses "Simpan untuk dibaca offline".
 */

/** The runtime cache every page read and the reader's offline copy are written to. */
export const COPY_CACHE_NAME = 'netralitas-salinan-v1';

/** The page shown for a URL that is not saved (offline) or does not exist (404). */
export const FALLBACK_PAGE_PATH = '/404.html';

/** The list of every file in the offline copy, fetched only when the reader asks for it. */
export const COPY_LIST_PATH = '/offline-copy.json';

/** A few hundred bytes: version, file count and size, fetched to label the save button. */
export const COPY_SUMMARY_PATH = '/offline-copy-summary.json';

/** Header on the footer's own requests while saving the copy: the worker lets them pass untouched. */
export const COPY_REQUEST_HEADER = 'x-netralitas-copy';

/** Header the offline copy writes on each response, so resuming skips what is already current. */
export const REVISION_HEADER = 'x-netralitas-revision';

/** What a built file is to the offline copy. */
export type CopyRole = 'page' | 'asset' | 'search';

/**
 * Pagefind files this site never loads: the other UIs (ours is bundled from @pagefind/default-ui),
 * the highlight script, the search worker (the engine runs on the page's thread, see
 * site-search.ts), and the wasm for pages without a language (every page is lang="id").
 */
const UNUSED_PAGEFIND_FILE = /^pagefind\/(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js|pagefind-worker\.js|wasm\.unknown\.pagefind)$/;

/** Files that are not part of the site a reader opens: the worker, its lists, the sitemaps. */
const NOT_COPIED = /^(sw\.js|offline-copy(-summary)?\.json|sitemap-[\w-]+\.xml|robots\.txt)$/;

/** Whether Pagefind writes this file but no page ever loads it. */
export function isUnusedPagefindFile(distPath: string): boolean {
	return UNUSED_PAGEFIND_FILE.test(distPath);
}

/** Role of a file in dist/ (path relative to dist, "/" separators), or undefined to leave it out. */
export function classifyDistFile(distPath: string): CopyRole | undefined {
	if (NOT_COPIED.test(distPath) || isUnusedPagefindFile(distPath)) return undefined;
	if (distPath.startsWith('pagefind/')) return 'search';
	if (distPath.endsWith('.html')) return 'page';
	return 'asset';
}

/** The URL a dist file is served at: "a/index.html" -> "/a/", "404.html" -> "/404.html". */
export function urlOfDistFile(distPath: string): string {
	if (distPath === 'index.html') return '/';
	if (distPath.endsWith('/index.html')) return `/${distPath.slice(0, -'index.html'.length)}`;
	return `/${distPath}`;
}

/**
 * The key a page is cached under: its path without query or hash, so "/ikrar/kuis/?acara=X" is
 * the saved "/ikrar/kuis/". Pagefind asks for its entry file with a cache-busting "?ts=" query,
 * which is dropped too; every other file keeps its URL (hashed names never collide).
 */
export function cacheKeyOf(url: URL): string {
	return `${url.origin}${url.pathname}`;
}

/** Whether a same-origin URL is a hashed file whose content never changes under that name. */
export function isImmutableUrl(pathname: string): boolean {
	return (
		pathname.startsWith('/_astro/') ||
		/^\/pagefind\/(fragment|index|filter)\//.test(pathname) ||
		/^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(pathname)
	);
}
