/**
 * Markdown plugin for Astro's Sätteri processor: every <Citation to="…"> in an MDX page must name
 * a legal source and article that exist. It runs as the page compiles, so the error names the .mdx
 * file and line (not the route that rendered it) and says whether the source or the article is missing.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { explainLegalRef, type LegalIndex } from '../../lib/legal/legal-index.ts';

interface JsxElementLike {
	name: string | null;
	attributes: readonly { type: string; name?: string; value?: unknown }[];
	position?: { start: { line: number; column: number } } | undefined;
}

/** Say what is wrong with one element, or undefined when it is not a Citation or is fine. */
export function checkCitationElement(node: JsxElementLike, index: LegalIndex): string | undefined {
	if (node.name !== 'Citation') return undefined;
	const to = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'to');
	if (typeof to?.value !== 'string') return '<Citation> butuh atribut to="sumber/pasal" berupa teks biasa';
	const why = explainLegalRef(index, to.value);
	return why && `<Citation to="${to.value}">: ${why}`;
}

/** Create the plugin over the legal index; `root` makes file names in errors project-relative. */
export function createCheckCitationsPlugin(index: LegalIndex, root: string): MdastPluginDefinition {
	const visit = (node: JsxElementLike, context: MdastVisitorContext) => {
		const problem = checkCitationElement(node, index);
		if (!problem) return;
		const file = context.fileURL ? relative(root, fileURLToPath(context.fileURL)) : '(halaman)';
		const start = node.position?.start;
		throw new Error(`${file}${start ? `:${start.line}:${start.column}` : ''}: ${problem}`);
	};
	return {
		name: 'netralitas-check-citations',
		options: { position: true },
		mdxJsxFlowElement: (node, context) => visit(node as JsxElementLike, context),
		mdxJsxTextElement: (node, context) => visit(node as JsxElementLike, context),
	};
}
