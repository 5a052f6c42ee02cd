import { citeLegalRef, type CitationView, type LegalIndex } from '~/lib/legal/legal-index';
import type { Question, QuestionType } from '~/schemas/question-bank';

export interface QuizOptionView {
	value: string;
	label: string;
}

/** A question with everything the island needs, as plain serialisable data. */
export interface QuizQuestionView {
	id: string;
	type: QuestionType;
	prompt: string;
	options: QuizOptionView[];
	correct: string[];
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

/** Turn a question bank into island props, resolving every legal basis (a bad id fails the build). */
export function toQuizView(bank: QuizBankEntry, legalIndex: LegalIndex, verdictLabels: Record<string, string>): QuizView {
	return {
		bankId: bank.id,
		title: bank.data.title,
		lessonHref: `/${bank.data.lesson}/`,
		passMark: bank.data.passMark,
		questions: bank.data.questions.map((question) => ({
			id: question.id,
			type: question.type,
			prompt: question.prompt,
			options: question.options.map((value) => ({
				value,
				label: question.type === 'verdict' ? (verdictLabels[value] ?? value) : value,
			})),
			correct: question.correct,
			explanation: question.explanation,
			legalBasis: question.legalBasis.map((refId) => citeLegalRef(legalIndex, refId)),
			lessonHref: `/${bank.data.lesson}/`,
		})),
	};
}
