import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { builtFiles, fileForPath, sitemapPaths, sitePathOf, treeOf } from './support/built-site';

const idsByFile = new Map<string, Set<string>>();

/** The ids a built page defines, for checking #anchors. */
function idsIn(file: string): Set<string> {
	let ids = idsByFile.get(file);
	if (!ids) {
		ids = new Set(selectAll('[id]', treeOf(file)).map((element) => String(element.properties.id)));
		idsByFile.set(file, ids);
	}
	return ids;
}

describe('tautan di situs hasil build', () => {
	test('every internal link and #anchor points to something that exists', () => {
		const broken: string[] = [];
		for (const file of builtFiles) {
			const pagePath = sitePathOf(file);
			for (const link of selectAll('a[href]', treeOf(file))) {
				const href = String(link.properties.href);
				if (/^(https?:|mailto:|tel:)/.test(href)) continue;
				const url = new URL(href, `http://site${pagePath}`);
				const target = fileForPath(decodeURIComponent(url.pathname));
				const anchor = decodeURIComponent(url.hash.slice(1));
				if (!target) broken.push(`${pagePath} -> ${href} (no page)`);
				else if (anchor && target.endsWith('.html') && !idsIn(target).has(anchor)) broken.push(`${pagePath} -> ${href} (no #${anchor})`);
			}
		}
		expect(broken).toEqual([]);
	});

	test('every page is in Indonesian: <html lang="id">', () => {
		const other = builtFiles.filter((file) => selectAll('html[lang="id"]', treeOf(file)).length !== 1).map(sitePathOf);
		expect(other).toEqual([]);
	});
});

describe('peta situs hasil build', () => {
	test('lists every built page except the 404 page, and only pages that exist', () => {
		const listed = sitemapPaths();
		expect(listed).toEqual(expect.arrayContaining(['/', '/belajar/apa-itu-netralitas/', '/kuis/', '/hukum/']));
		expect(listed.filter((path) => !fileForPath(path))).toEqual([]);
		const unlisted = builtFiles.map(sitePathOf).filter((path) => !listed.includes(path) && path !== '/404.html');
		expect(unlisted).toEqual([]);
	});
});
