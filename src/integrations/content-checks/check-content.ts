/**
 * Every content rule in one pass: each YAML file against its schema, each page's frontmatter,
 * then the rules that span files. Used by the build (../content-checks.ts) and the unit tests.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectLegalRefUses, findDuplicateQuestionIds, findUnresolvedLegalRefs, type ContentProblem } from '../../lib/content/cross-file-rules.ts';
import { createLegalIndex } from '../../lib/legal/legal-index.ts';
import { GlossarySchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { LegalSourceSchema } from '../../schemas/legal-source.ts';
import { PageFrontmatterSchema } from '../../schemas/page.ts';
import { ProhibitedActSchema } from '../../schemas/prohibited-act.ts';
import { QuestionBankSchema } from '../../schemas/question-bank.ts';
import { IsoDateSchema } from '../../schemas/shared.ts';
import { SpeechSchema } from '../../schemas/speech.ts';
import { frontmatterOf, listFiles, parseYamlText, readYamlFile, readYamlFolder, validateWith } from './read-content.ts';

/** Where content lives, relative to the project root; tests point these at fixtures. */
export interface ContentLayout {
	content: string;
	docs: string;
}

export const SITE_LAYOUT: ContentLayout = { content: 'content', docs: 'src/content/docs' };

/** Read and check all content; returns what was read (for the legal index) and every problem. */
export function checkContent(root: string, layout: ContentLayout = SITE_LAYOUT) {
	const dir = (folder: string) => join(root, layout.content, folder);
	const legal = readYamlFolder(dir('legal-sources'), LegalSourceSchema, root);
	const acts = readYamlFolder(dir('prohibited-acts'), ProhibitedActSchema, root);
	const banks = readYamlFolder(dir('question-banks'), QuestionBankSchema, root);
	const speeches = readYamlFolder(dir('speeches'), SpeechSchema, root);
	const glossaryFile = readYamlFile(join(dir('glossary'), 'istilah.yaml'), GlossarySchema, root);
	const glossary = { file: relative(root, join(dir('glossary'), 'istilah.yaml')), terms: (glossaryFile.entry?.data ?? []) as readonly GlossaryTerm[] };

	const index = createLegalIndex(legal.entries);
	const content = { legalSources: legal.entries, acts: acts.entries, banks: banks.entries, speeches: speeches.entries, glossary };
	const problems: ContentProblem[] = [
		...legal.problems,
		...acts.problems,
		...banks.problems,
		...speeches.problems,
		...glossaryFile.problems,
		...checkPageFrontmatter(root, join(root, layout.docs)),
		...findDuplicateQuestionIds(banks.entries),
		...findUnresolvedLegalRefs(collectLegalRefUses(content), index),
	];
	return { content, problems };
}

/** A value written as a date (YYYY-MM-DD) in frontmatter. */
const looksLikeDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Check each page's frontmatter as written: Astro's frontmatter parser rolls 2026-02-30 over to
 * 2 March, so the raw YAML is read here and every date-shaped value must be a real calendar date.
 */
export function checkPageFrontmatter(root: string, docsDir: string): ContentProblem[] {
	return listFiles(docsDir, (name) => /\.mdx?$/.test(name)).flatMap((path) => {
		const file = relative(root, path);
		const block = frontmatterOf(readFileSync(path, 'utf8'));
		if (block === undefined) return [];
		const { value, problem } = parseYamlText(block, file);
		if (problem) return [{ ...problem, field: `frontmatter ${problem.field}` }];
		const { problems } = validateWith(PageFrontmatterSchema, value, file, '');
		const dated = Object.entries((value ?? {}) as Record<string, unknown>)
			.filter(([key, date]) => looksLikeDate(date) && !problems.some((problem) => problem.field === key) && !IsoDateSchema.safeParse(date).success)
			.map(([key, date]) => ({ file, entry: '', field: key, message: `"${date}" bukan tanggal kalender yang ada` }));
		return [...problems, ...dated].map((problem) => ({ ...problem, field: `frontmatter.${problem.field}` }));
	});
}
