/**
 * Hashes for the `<script is:inline>` blocks of the components every page renders. Astro's CSP
 * hashes the scripts it bundles but not inline ones (withastro/astro#16678), so Starlight's
 * theme, theme-picker and sidebar scripts, and every inline script in our own components, are
 * hashed here from their source, read with Astro's own parser. tests/dist/csp.test.ts checks that every inline script
 * of the built pages has its hash in the page's policy, so a drift fails the tests, not readers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { parse } from '@astrojs/compiler-rs';

/** The CSP hash source for a text, as browsers compute it ("sha256-<base64>"). */
export function hashForCsp(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

interface AstroNode {
	type?: string;
	openingElement?: { end: number; name?: { name?: string }; attributes?: { name?: { name?: string } }[] };
	closingElement?: { start: number } | null;
	children?: AstroNode[];
	body?: AstroNode[];
}

/** The text of every `<script is:inline>` in an .astro source, as the compiler emits it. */
export function listInlineScripts(source: string): string[] {
	const { ast } = parse(source) as unknown as { ast: AstroNode };
	const found: string[] = [];
	const visit = (node: AstroNode) => {
		const opening = node.openingElement;
		const isInlineScript =
			node.type === 'JSXElement' &&
			opening?.name?.name === 'script' &&
			(opening.attributes ?? []).some((attribute) => attribute.name?.name === 'is:inline');
		// The emitted text is the source between the tags, byte for byte.
		if (isInlineScript && opening && node.closingElement) found.push(source.slice(opening.end, node.closingElement.start));
		for (const child of [...(node.children ?? []), ...(node.body ?? [])]) visit(child);
	};
	visit(ast);
	return found;
}

const require = createRequire(import.meta.url);
const starlightComponent = (name: string) => require.resolve(`@astrojs/starlight/components/${name}`);

/** Every .astro file under a folder. */
function listAstroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listAstroFiles(path);
		return entry.name.endsWith('.astro') ? [path] : [];
	});
}

/** Components with inline scripts that render on our pages: Starlight's three and all of ours. */
export const INLINE_SCRIPT_SOURCES = [
	starlightComponent('ThemeProvider.astro'),
	starlightComponent('ThemeSelect.astro'),
	starlightComponent('SidebarPersister.astro'),
	...listAstroFiles(join(import.meta.dirname, '..')),
];

/** The CSP hash of each inline script in those components. */
export function hashInlineScripts(files: readonly string[] = INLINE_SCRIPT_SOURCES): `sha256-${string}`[] {
	return files.flatMap((file) => listInlineScripts(readFileSync(file, 'utf8'))).map(hashForCsp);
}
