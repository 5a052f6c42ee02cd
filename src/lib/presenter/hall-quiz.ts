import type { CitationView } from '~/lib/legal/legal-index';
import type { QuizView } from '~/lib/quiz/quiz-view';
import { createSeededRandom } from '~/lib/quiz/random';
import { shuffle } from '~/lib/quiz/shuffle';
import type { QuestionType } from '~/schemas/question-bank';

export interface HallOption {
	/** "A", "B", ...: what the audience calls out or raises a hand for. */
	letter: string;
	/** The option's value in the bank: what the hall's counts are kept under (hall-tally.ts). */
	value: string;
	label: string;
	isCorrect: boolean;
}

/** A question as projected in the hall: options in a fixed, lettered order. */
export interface HallQuestion {
	id: string;
	/** 1-based position in the hall quiz. */
	number: number;
	type: QuestionType;
	prompt: string;
	options: HallOption[];
	explanation: string;
	legalBasis: CitationView[];
}

/** The letter of the option at a 0-based position: A, B, C, ... */
export function letterFor(index: number): string {
	return String.fromCharCode(65 + index);
}

/**
 * Letter a bank's questions for the hall. Banks store the correct answer first, so choice questions
 * are shuffled, seeded by the question id: every projection of the same bank shows the same order,
 * which lets a presenter prepare. Verdict questions keep A Boleh, B Tidak boleh.
 */
export function toHallQuestions(quiz: QuizView): HallQuestion[] {
	return quiz.questions.map((question, index) => {
		const ordered = question.type === 'verdict' ? question.options : shuffle(question.options, createSeededRandom(question.id));
		return {
			id: question.id,
			number: index + 1,
			type: question.type,
			prompt: question.prompt,
			options: ordered.map((option, position) => ({
				letter: letterFor(position),
				value: option.value,
				label: option.label,
				isCorrect: question.correct.includes(option.value),
			})),
			explanation: question.explanation,
			legalBasis: question.legalBasis,
		};
	});
}

/** The correct options as the presenter reads them out: "B. Tidak boleh". */
export function describeCorrectOptions(question: HallQuestion): string[] {
	return question.options.filter((option) => option.isCorrect).map((option) => `${option.letter}. ${option.label}`);
}
