import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { builtFiles, sitePathOf, treeOf } from './support/built-site';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of a built page, directive name -> sources. */
function readPolicy(tree: Root): Map<string, string[]> {
	const meta = select('meta[http-equiv="content-security-policy"]', tree);
	const content = String(meta?.properties.content ?? '');
	return new Map(
		content
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((tokens) => tokens[0])
			.map(([name, ...sources]) => [name ?? '', sources]),
	);
}

const pages = builtFiles.map((file) => ({ path: sitePathOf(file), tree: treeOf(file) }));

describe('Content Security Policy of the built pages', () => {
	test('every page carries a policy with script-src limited to itself and hashes', () => {
		expect(pages.length).toBeGreaterThan(60);
		for (const { path, tree } of pages) {
			const policy = readPolicy(tree);
			const scripts = policy.get('script-src') ?? [];
			expect(scripts[0], path).toBe("'self'");
			expect(scripts.filter((source) => !/^'(self|wasm-unsafe-eval|sha256-[A-Za-z0-9+/=]+)'$/.test(source)), path).toEqual([]);
			expect(policy.get('object-src'), path).toEqual(["'none'"]);
			expect(policy.get('base-uri'), path).toEqual(["'self'"]);
			expect(policy.get('style-src-attr')?.includes("'unsafe-inline'") ?? false, path).toBe(false);
		}
	});

	test('every inline script is allowed by its own hash, none by a blanket rule', () => {
		for (const { path, tree } of pages) {
			const allowed = new Set(readPolicy(tree).get('script-src'));
			const inline = selectAll('script:not([src])', tree).filter((script: Element) => script.properties.type !== 'application/json');
			for (const script of inline) expect(allowed.has(hash(toString(script))), `${path}: ${toString(script).slice(0, 80)}`).toBe(true);
		}
	});

	test('every inline style element and style attribute is allowed by its hash', () => {
		for (const { path, tree } of pages) {
			const policy = readPolicy(tree);
			const styles = new Set(policy.get('style-src'));
			for (const style of selectAll('style', tree)) expect(styles.has(hash(toString(style))), `${path}: <style>${toString(style).slice(0, 60)}`).toBe(true);
			const attributes = new Set(policy.get('style-src-attr'));
			expect(attributes.has("'unsafe-inline'"), path).toBe(false);
			for (const element of selectAll('[style]', tree)) {
				const value = String(element.properties.style);
				expect(attributes.has(hash(value)), `${path}: style="${value}" — add it to ALLOWED_STYLE_ATTRIBUTES in src/config/security.ts, or move it to a stylesheet`).toBe(true);
			}
		}
	});

	test('no inline event handlers or javascript: links', () => {
		for (const { path, tree } of pages) {
			for (const element of selectAll('*', tree)) {
				const handlers = Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name));
				expect(handlers, `${path}: <${element.tagName}>`).toEqual([]);
				expect(String(element.properties.href ?? ''), path).not.toMatch(/^javascript:/i);
			}
		}
	});
});
