/**
 * Content rules that span files: a schema sees one file at a time, so these run over everything
 * under content/ at once, in the build (src/integrations/content-checks.ts) and in the unit tests.
 * Each problem is located as an author looks for it: the file, the entry's id, and the field.
 */
import { explainLegalRef, type LegalIndex } from '../legal/legal-index.ts';

export interface ContentProblem {
	/** Path from the project root, e.g. "content/question-banks/sanksi.yaml". */
	file: string;
	/** The entry's id (a question, act or term id), or "" for the file as a whole. */
	entry: string;
	/** The field as authors write it, e.g. "questions[3].legalBasis[0]". */
	field: string;
	message: string;
}

/** One place where content names a legal source or article. */
export interface LegalRefUse {
	file: string;
	entry: string;
	field: string;
	refId: string;
}

/** Format a problem on one line: "file: entry → field: message". */
export function describeProblem({ file, entry, field, message }: ContentProblem): string {
	return `${file}: ${entry ? `${entry} → ` : ''}${field}: ${message}`;
}

/** Find every legal reference that names a missing source or a missing article. */
export function findUnresolvedLegalRefs(uses: readonly LegalRefUse[], index: LegalIndex): ContentProblem[] {
	return uses.flatMap(({ file, entry, field, refId }) => {
		const why = explainLegalRef(index, refId);
		return why ? [{ file, entry, field, message: `"${refId}": ${why}` }] : [];
	});
}

/** A question bank as the rules need it. */
export interface BankFile {
	file: string;
	data: { questions: readonly { id: string }[] };
}

/** Find question ids used twice, within one bank or across banks: progress and receipts refer to them. */
export function findDuplicateQuestionIds(banks: readonly BankFile[]): ContentProblem[] {
	const owners = new Map<string, string>();
	const problems: ContentProblem[] = [];
	for (const { file, data } of banks) {
		data.questions.forEach(({ id }, index) => {
			const owner = owners.get(id);
			if (owner) problems.push({ file, entry: id, field: `questions[${index}].id`, message: `id soal "${id}" sudah dipakai di ${owner}; setiap id soal harus unik di semua bank` });
			else owners.set(id, file);
		});
	}
	return problems;
}

/** The parts of each collection that name legal sources. */
export interface LegalRefSources {
	legalSources: readonly { id: string; file: string; data: { replacedBy?: string | undefined } }[];
	acts: readonly { id: string; file: string; data: { legalBasis: readonly string[] } }[];
	banks: readonly { file: string; data: { questions: readonly { id: string; legalBasis: readonly string[] }[] } }[];
	speeches: readonly { id: string; file: string; data: { legalCited: readonly string[]; notes: readonly { legalBasis: readonly string[] }[] } }[];
	glossary: { file: string; terms: readonly { id: string; legalBasis: readonly string[] }[] };
}

/** List every place content names a legal source or article, with its file, entry and field. */
export function collectLegalRefUses({ legalSources, acts, banks, speeches, glossary }: LegalRefSources): LegalRefUse[] {
	const each = (file: string, entry: string, field: string, refIds: readonly string[]) =>
		refIds.map((refId, index) => ({ file, entry, field: `${field}[${index}]`, refId }));
	return [
		...legalSources.flatMap(({ id, file, data }) => (data.replacedBy ? [{ file, entry: id, field: 'replacedBy', refId: data.replacedBy }] : [])),
		...acts.flatMap(({ id, file, data }) => each(file, id, 'legalBasis', data.legalBasis)),
		...banks.flatMap(({ file, data }) => data.questions.flatMap((question, index) => each(file, question.id, `questions[${index}].legalBasis`, question.legalBasis))),
		...speeches.flatMap(({ id, file, data }) => [
			...each(file, id, 'legalCited', data.legalCited),
			...data.notes.flatMap((note, index) => each(file, id, `notes[${index}].legalBasis`, note.legalBasis)),
		]),
		...glossary.terms.flatMap((term, index) => each(glossary.file, term.id, `[${index}].legalBasis`, term.legalBasis)),
	];
}
