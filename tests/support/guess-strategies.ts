import { verdictLabels } from '~/config/ui-strings';
import { orderForPage } from '~/lib/quiz/quiz-view';
import type { Question } from '~/schemas/question-bank';

/** A fixed way of answering without understanding: it picks option values for a question. */
export interface GuessStrategy {
	name: string;
	choose: (question: Question) => string[];
}

const labelOf = (question: Question, value: string) => (question.type === 'verdict' ? (verdictLabels[value] ?? value) : value);
/** Options in the order the page shows them without JavaScript, with the labels a reader sees. */
const shown = (question: Question) => orderForPage(question).map((value) => ({ value, label: labelOf(question, value) }));
const first = (question: Question) => [shown(question)[0]!.value];
/** Pick by label length; ties go to the option shown first, as a hurried reader's eye would. */
const byLength = (question: Question, isBetter: (a: number, b: number) => boolean) => {
	const options = shown(question);
	let best = options[0]!;
	for (const option of options) if (isBetter(option.label.length, best.label.length)) best = option;
	return [best.value];
};

/**
 * The answering patterns issue 14 names. Where a pattern says nothing about a question type
 * (a verdict pattern on a choice question), the guesser falls back to the first option shown, so
 * every strategy answers every question.
 */
export const GUESS_STRATEGIES: GuessStrategy[] = [
	{ name: 'selalu "tidak boleh"', choose: (question) => (question.type === 'verdict' ? ['tidak-boleh'] : first(question)) },
	{ name: 'selalu "boleh"', choose: (question) => (question.type === 'verdict' ? ['boleh'] : first(question)) },
	{ name: 'selalu pilihan terpanjang', choose: (question) => byLength(question, (a, b) => a > b) },
	{ name: 'selalu pilihan terpendek', choose: (question) => byLength(question, (a, b) => a < b) },
	{
		name: 'selalu pilihan yang menyebut pasal',
		choose: (question) => {
			const withPasal = shown(question).find((option) => /\bpasal\b/i.test(option.label));
			return withPasal ? [withPasal.value] : first(question);
		},
	},
	{ name: 'selalu pilihan pertama tanpa JavaScript', choose: first },
];

/** Share of questions a strategy answers exactly right. */
export function scoreStrategy(strategy: GuessStrategy, questions: readonly Question[]): number {
	if (questions.length === 0) return 0;
	const right = questions.filter((question) => {
		const chosen = new Set(strategy.choose(question));
		return chosen.size === question.correct.length && question.correct.every((value) => chosen.has(value));
	}).length;
	return right / questions.length;
}
