import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { collectLegalRefUses, describeProblem, findDuplicateQuestionIds, findUnresolvedLegalRefs } from '~/lib/content/cross-file-rules';
import { createLegalIndex } from '~/lib/legal/legal-index';
import { createCheckCitationsPlugin } from '~/integrations/content-checks/check-citations-plugin';
import { checkContent, checkPageFrontmatter } from '~/integrations/content-checks/check-content';
import { readYamlFile } from '~/integrations/content-checks/read-content';
import { LegalSourceSchema } from '~/schemas/legal-source';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { ROOT } from '../../../support/content';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'content-rules');
const { content } = checkContent(ROOT);
const index = createLegalIndex(content.legalSources);
const noRefs = { legalSources: [], acts: [], banks: [], speeches: [], glossary: { file: 'g.yaml', terms: [] } };

/** Read a fixture bank that must pass its schema. */
function bankFixture(name: string) {
	const { entry, problems } = readYamlFile(join(FIXTURES, name), QuestionBankSchema, ROOT);
	expect(problems).toEqual([]);
	return entry!;
}

describe('content rules that span files', () => {
	test('the site content breaks none of them', () => {
		expect(checkContent(ROOT).problems.map(describeProblem)).toEqual([]);
	});

	test('a question id used in two banks names the second file, the id and the field', () => {
		const problems = findDuplicateQuestionIds([bankFixture('duplicate-id-a.yaml'), bankFixture('duplicate-id-b.yaml')]);
		expect(problems.map(describeProblem)).toEqual([
			expect.stringMatching(/^tests\/fixtures\/content-rules\/duplicate-id-b\.yaml: contoh-id-kembar → questions\[0\]\.id: .*duplicate-id-a\.yaml/),
		]);
	});

	test('an unquoted impossible date in YAML is refused, not rolled over to March', () => {
		const { entry, problems } = readYamlFile(join(FIXTURES, 'impossible-date.yaml'), QuestionBankSchema, ROOT);
		expect(entry).toBeUndefined();
		expect(problems.map(describeProblem)).toEqual([expect.stringMatching(/impossible-date\.yaml: impossible-date → lastChecked: bukan tanggal kalender/)]);
	});

	test('an impossible date in MDX frontmatter is refused with the file named', () => {
		const problems = checkPageFrontmatter(ROOT, join(FIXTURES, 'pages-impossible-date'));
		expect(problems.map(describeProblem)).toEqual([expect.stringMatching(/pages-impossible-date\/halaman\.mdx: frontmatter\.lastChecked: bukan tanggal kalender/)]);
	});

	test('an unknown replacedBy says the source is missing', () => {
		const { entry } = readYamlFile(join(FIXTURES, 'unknown-replacement.yaml'), LegalSourceSchema, ROOT);
		const uses = collectLegalRefUses({ ...noRefs, legalSources: [entry!] });
		expect(findUnresolvedLegalRefs(uses, index).map(describeProblem)).toEqual([
			expect.stringMatching(/unknown-replacement\.yaml: unknown-replacement → replacedBy: "uu-99-2099": sumber hukum "uu-99-2099" tidak ada/),
		]);
	});

	test('a legal basis naming a known source but a missing article says the article is missing', () => {
		const uses = collectLegalRefUses({ ...noRefs, banks: [bankFixture('unknown-article.yaml')] });
		expect(findUnresolvedLegalRefs(uses, index).map(describeProblem)).toEqual([
			expect.stringMatching(/unknown-article\.yaml: contoh-pasal-tidak-ada → questions\[0\]\.legalBasis\[1\]: "uu-20-2023\/pasal-999": sumber "uu-20-2023" ada, tetapi pasal "pasal-999" tidak tercatat/),
		]);
	});

	test('an unknown <Citation> in MDX names the .mdx file and its line', async () => {
		const path = join(FIXTURES, 'pages-unknown-citation', 'halaman.mdx');
		const compile = (async () => mdxToJs(readFileSync(path, 'utf8'), { mdastPlugins: [createCheckCitationsPlugin(index, ROOT)], fileURL: pathToFileURL(path) }))();
		await expect(compile).rejects.toThrow(/^tests\/fixtures\/content-rules\/pages-unknown-citation\/halaman\.mdx:10:\d+: <Citation to="uu-20-2023\/pasal-999">: sumber "uu-20-2023" ada, tetapi pasal/);
	});
});
