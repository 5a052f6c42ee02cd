import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from './support/site';

function listHtml(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listHtml(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
	);
}

const pages = listHtml(DIST);
const idsByFile = new Map<string, Set<string>>();

/** The ids a built page defines, for checking #anchors. */
function idsIn(file: string): Set<string> {
	let ids = idsByFile.get(file);
	if (!ids) {
		ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
		idsByFile.set(file, ids);
	}
	return ids;
}

/** The built file a site path is served from, or undefined. */
function fileFor(path: string): string | undefined {
	const candidates = [join(DIST, path), join(DIST, path, 'index.html')];
	return candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
}

describe('tautan di situs hasil build', () => {
	test('every internal link and #anchor points to something that exists', () => {
		const broken: string[] = [];
		for (const page of pages) {
			const html = readFileSync(page, 'utf8');
			const pagePath = `/${relative(DIST, page).replace(/index\.html$/, '')}`;
			for (const [, href = ''] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
				if (/^(https?:|mailto:|tel:)/.test(href)) continue;
				const url = new URL(href.replaceAll('&amp;', '&'), `http://site${pagePath}`);
				const target = fileFor(decodeURIComponent(url.pathname));
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (!target) broken.push(`${pagePath} -> ${href} (no page)`);
				else if (anchor && target.endsWith('.html') && !idsIn(target).has(anchor)) broken.push(`${pagePath} -> ${href} (no #${anchor})`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('every page is in Indonesian: <html lang="id">', () => {
		const other = pages.filter((page) => !/<html[^>]*\slang="id"/.test(readFileSync(page, 'utf8'))).map((page) => relative(DIST, page));
		expect(other).toEqual([]);
	});
});
