import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasPresentation } from '~/lib/presenter/presentable-pages';
import { LegalSourceSchema } from '~/schemas/legal-source';
import { ProhibitedActSchema } from '~/schemas/prohibited-act';
import { QuestionBankSchema } from '~/schemas/question-bank';
import { SpeechSchema } from '~/schemas/speech';
import { loadCollection, ROOT } from '../../support/content';
import { findUncorrectedKnownErrors } from '../../support/known-errors';

const legalSources = loadCollection('legal-sources', LegalSourceSchema);
const acts = loadCollection('prohibited-acts', ProhibitedActSchema);
const banks = loadCollection('question-banks', QuestionBankSchema);
const speeches = loadCollection('speeches', SpeechSchema);
const DOCS = join(ROOT, 'src', 'content', 'docs');

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

const docFiles = listFiles(DOCS).filter((file) => /\.mdx?$/.test(file));

/** Site path of a Starlight page file, as its slug: "belajar/apa-itu-netralitas". */
function pagePathOf(file: string): string {
	return relative(DOCS, file).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}
const docPaths = new Set(docFiles.map(pagePathOf));

/** Pages generated from data rather than MDX files. */
const legalPaths = legalSources.map((source) => `hukum/${source.id}`);
const generatedPaths = new Set([
	...legalPaths,
	...speeches.map((speech) => `pidato/${speech.id}`),
	// Presentation views (src/pages/presentasi/) of lessons and law pages, and a hall quiz per bank.
	...[...docPaths, ...legalPaths].filter(hasPresentation).map((path) => `presentasi/${path}`),
	...banks.map((bank) => `presentasi/kuis-kelas/${bank.id}`),
]);


// Unique question ids, real dates and legal ids that resolve are build-time rules with their own
// fixtures: tests/unit/lib/content/cross-file-rules.test.ts.
describe('content integrity', () => {
	test('there is content in every collection', () => {
		expect(legalSources.length).toBeGreaterThan(0);
		expect(acts.length).toBeGreaterThan(0);
		expect(banks.length).toBeGreaterThan(0);
	});



	test('every question bank names a lesson page that exists', () => {
		const missing = banks.filter((bank) => !docPaths.has(bank.data.lesson)).map((bank) => `${bank.file}: ${bank.data.lesson}`);
		expect(missing).toEqual([]);
	});

	test('related acts and acts mentioned in speeches exist in the catalogue', () => {
		const ids = new Set(acts.map((act) => act.id));
		const missing = [
			...acts.flatMap((act) => act.data.related.filter((id) => !ids.has(id)).map((id) => `${act.file}: ${id}`)),
			...speeches.flatMap((speech) => speech.data.actsMentioned.filter((id) => !ids.has(id)).map((id) => `${speech.file}: ${id}`)),
		];
		expect(missing).toEqual([]);
	});


	test('pages embed only question banks that exist', () => {
		const bankIds = new Set(banks.map((bank) => bank.id));
		const missing = docFiles.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/<Quiz\s+bank="([^"]+)"/g)]
				.map((match) => match[1] ?? '')
				.filter((id) => !bankIds.has(id))
				.map((id) => `${relative(ROOT, file)}: ${id}`),
		);
		expect(missing).toEqual([]);
	});

	test('internal links in pages point to pages that exist', () => {
		const broken = docFiles.flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/\]\((\/[^)#\s]*)[^)]*\)|href="(\/[^"#]*)[^"]*"/g)]
				.map((match) => (match[1] ?? match[2] ?? '').replace(/^\/|\/$/g, ''))
				.filter((path) => !docPaths.has(path) && !generatedPaths.has(path))
				.map((path) => `${relative(ROOT, file)}: /${path}/`),
		);
		expect(broken).toEqual([]);
	});

	test('no TODO or placeholder text remains in content or pages', () => {
		const files = [...listFiles(join(ROOT, 'content')), ...docFiles];
		const placeholder = /\b(TODO|FIXME|TBD|XXX)\b|lorem ipsum|\[(isi|placeholder)[^\]]*\]/i;
		const offenders = files.filter((file) => placeholder.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
		expect(offenders).toEqual([]);
	});

	test('the SKB 2022 lists are complete: kode etik rows 1-7 and disiplin rows 1-12, each once', () => {
		const rowsOf = (list: string) =>
			acts
				.flatMap((act) => (act.data.skb?.list === list ? [act.data.skb.row] : []))
				.sort((a, b) => a - b);
		expect(rowsOf('kode-etik')).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(rowsOf('disiplin')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	test('every page says when its content was last checked', () => {
		const missing = docFiles
			.filter((file) => !/^lastChecked: \d{4}-\d{2}-\d{2}$/m.test(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? ''))
			.map((file) => relative(ROOT, file));
		expect(missing).toEqual([]);
	});

	test('known errors in circulation appear only inside a labelled correction', () => {
		const blocks = [
			...docFiles.map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8'), kind: 'mdx' as const })),
			...listFiles(join(ROOT, 'content')).map((file) => ({ file: relative(ROOT, file), text: readFileSync(file, 'utf8'), kind: 'yaml' as const })),
		];
		expect(blocks.flatMap((block) => findUncorrectedKnownErrors(block))).toEqual([]);
	});

	test('every lesson page with a quiz exists under src/content/docs', () => {
		for (const bank of banks) expect(existsSync(join(DOCS, `${bank.data.lesson}.mdx`))).toBe(true);
	});
});
