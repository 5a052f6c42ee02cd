/**
 * Build step: check everything under content/ and the pages' frontmatter before Astro loads it,
 * so a content error stops `astro build`, `astro dev` and `astro check` with the file, the entry
 * and the field named. Astro's own YAML loader turns an unquoted `2026-02-30` into 2 March and
 * checks one file at a time; this reads the raw YAML (dates stay text) and runs the cross-file
 * rules of src/lib/content/cross-file-rules.ts. It also adds a plugin to Astro's Markdown processor
 * (Sätteri) that checks every <Citation to="…"> in MDX, naming the .mdx file and line.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describeProblem } from '../lib/content/cross-file-rules.ts';
import { createLegalIndex } from '../lib/legal/legal-index.ts';
import { checkContent } from './content-checks/check-content.ts';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { createCheckCitationsPlugin } from './content-checks/check-citations-plugin.ts';

/** Fail the build on any content problem; check MDX citations as pages compile. */
export function contentChecks(): AstroIntegration {
	return {
		name: 'netralitas:content-checks',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const root = fileURLToPath(config.root);
				const { problems, content } = checkContent(root);
				if (problems.length > 0) {
					const lines = problems.map((problem) => `  - ${describeProblem(problem)}`).join('\n');
					throw new Error(`Isi situs tidak valid (${problems.length} masalah):\n${lines}`);
				}
				// Added to the processor's own plugin list, as Starlight adds its asides.
				const processor = config.markdown.processor;
				if (!isSatteriProcessor(processor)) throw new Error('content-checks: the Markdown processor is not Sätteri; port the citation check to it');
				processor.options.mdastPlugins.push(createCheckCitationsPlugin(createLegalIndex(content.legalSources), root));
			},
		},
	};
}
