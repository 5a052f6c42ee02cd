import { citeLegalRef, type CitationView, type LegalIndex } from '~/lib/legal/legal-index';
import type { Question, QuestionKind, QuestionType } from '~/schemas/question-bank';
import { createSeededRandom } from './random';
import { shuffle } from './shuffle';

export interface QuizOptionView {
	value: string;
	label: string;
}

/**
 * A question with everything the island needs, as plain serialisable data: the one shape a question
 * has from the bank's view to the island and the attempt (src/lib/quiz/attempt.ts reads it as is).
 */
export interface QuizQuestionView {
	id: string;
	type: QuestionType;
	/** `situasi` or `ingatan`; pledge draws take only situations. */
	kind: QuestionKind;
	/** Catalogue acts this question tests. */
	acts: string[];
	prompt: string;
	/** Options in the order a page shows them before any script runs (see `orderForPage`). */
	options: QuizOptionView[];
	correct: string[];
	/** Why a wrong option is wrong, keyed by option value; shown to a reader who chose it. */
	feedback: Record<string, string>;
	explanation: string;
	legalBasis: CitationView[];
	/** The lesson this question tests, for "read it again" links. */
	lessonHref: string;
}

export interface QuizView {
	bankId: string;
	title: string;
	lessonHref: string;
	passMark: number;
	questions: QuizQuestionView[];
}

export interface QuizBankEntry {
	id: string;
	data: { title: string; lesson: string; passMark: number; questions: Question[] };
}

/**
 * Order options for the page without JavaScript: banks list the correct answer first, so choice
 * options are shuffled, seeded by the question id (the same order on every build, and never
 * "correct first"); verdicts keep Boleh, Tidak boleh.
 */
export function orderForPage(question: Pick<Question, 'id' | 'type' | 'options'>): string[] {
	return question.type === 'verdict' ? [...question.options] : shuffle(question.options, createSeededRandom(question.id));
}

/** Turn a question bank into island props, resolving every legal basis (a bad id fails the build). */
export function toQuizView(bank: QuizBankEntry, legalIndex: LegalIndex, verdictLabels: Record<string, string>): QuizView {
	const lessonHref = `/${bank.data.lesson}/`;
	return {
		bankId: bank.id,
		title: bank.data.title,
		lessonHref,
		passMark: bank.data.passMark,
		questions: bank.data.questions.map((question) => ({
			id: question.id,
			type: question.type,
			kind: question.kind,
			acts: question.acts,
			prompt: question.prompt,
			options: orderForPage(question).map((value) => ({
				value,
				label: question.type === 'verdict' ? (verdictLabels[value] ?? value) : value,
			})),
			correct: question.correct,
			feedback: question.feedback,
			explanation: question.explanation,
			legalBasis: question.legalBasis.map((refId) => citeLegalRef(legalIndex, refId)),
			lessonHref,
		})),
	};
}

/** The labels a question's instruction comes from (quizLabels in src/config/ui-strings.ts). */
export interface InstructionLabels {
	chooseOne: string;
	chooseMany: string;
	chooseVerdict: string;
}

/** Say what a question asks of the reader, by its type: one option, every right option, or a verdict. */
export function instructionFor(question: { type: QuestionType }, labels: InstructionLabels): string {
	if (question.type === 'multiple') return labels.chooseMany;
	return question.type === 'verdict' ? labels.chooseVerdict : labels.chooseOne;
}

/** The label a reader sees for an option value: "Tidak boleh" for a verdict, the text itself for a choice. */
export function labelOf(question: Pick<QuizQuestionView, 'options'>, value: string): string {
	return question.options.find((option) => option.value === value)?.label ?? value;
}

/** The labels of the given option values, e.g. the correct answers, joined for display. */
export function labelsOf(question: Pick<QuizQuestionView, 'options'>, values: readonly string[]): string {
	return values.map((value) => labelOf(question, value)).join('; ');
}

export interface OptionFeedbackView {
	value: string;
	label: string;
	why: string;
}

/**
 * Say why each of the given options is wrong, in the order given: the options a reader chose after
 * checking, or every option on the page without JavaScript. Correct options are left out.
 */
export function explainWrongOptions(question: QuizQuestionView, values: readonly string[]): OptionFeedbackView[] {
	return values.flatMap((value) => {
		const why = question.feedback[value];
		if (why === undefined || question.correct.includes(value)) return [];
		return [{ value, label: labelOf(question, value), why }];
	});
}
