/**
 * The built site as files: every page in dist/ parsed once into a hast tree, for tests that need
 * no browser (links, tables, generated markup). `npm test` builds dist/ before these run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** The built site that tests in tests/dist/ read: run `astro build` first. */
export const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

if (!existsSync(join(DIST, 'index.html'))) {
	throw new Error('These tests read the built site, and dist/ has none: run "npm run build" first (npm test does).');
}

function listHtml(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listHtml(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
	);
}

/** Every built HTML file, as absolute paths. */
export const builtFiles: readonly string[] = listHtml(DIST);

/** The site path a built file is served at: dist/a/index.html -> "/a/". */
export function sitePathOf(file: string): string {
	return `/${relative(DIST, file).replace(/index\.html$/, '')}`;
}

/** The built file a site path is served from, or undefined. */
export function fileForPath(path: string): string | undefined {
	const candidates = [join(DIST, path), join(DIST, path, 'index.html')];
	return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/') && candidate !== DIST);
}

const trees = new Map<string, Root>();

/** Parse a built file once and keep its tree. */
export function treeOf(file: string): Root {
	let tree = trees.get(file);
	if (!tree) {
		tree = fromHtml(readFileSync(file, 'utf8'));
		trees.set(file, tree);
	}
	return tree;
}

/** Parse the page served at a site path. */
export function pageTree(path: string): Root {
	const file = fileForPath(path);
	if (!file) throw new Error(`dist/ has no page at ${path}`);
	return treeOf(file);
}

/** One page as Pagefind indexed it: the text a search can match, and its filters. */
export interface IndexedPage {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** Pagefind writes each page's record as a gzipped JSON fragment behind this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** Every page in the built search index, read from Pagefind's fragment files. */
export function readSearchIndex(): IndexedPage[] {
	const folder = join(DIST, 'pagefind', 'fragment');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.pf_fragment'))
		.map((name) => {
			const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
			if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment this test can read (Pagefind's format changed?)`);
			return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as IndexedPage;
		});
}

/** The page paths a sitemap file lists (its <loc> elements), parsed, not matched with a pattern. */
function locsIn(file: string): string[] {
	return selectAll('loc', fromHtml(readFileSync(join(DIST, file), 'utf8'))).map((loc) => new URL(toString(loc).trim()).pathname);
}

/** Every page path the built sitemap lists, e.g. "/belajar/apa-itu-netralitas/", through its index. */
export function sitemapPaths(): string[] {
	return locsIn('sitemap-index.xml').flatMap((sitemap) => locsIn(sitemap));
}
