/**
 * State of one quiz attempt, as pure functions so the island only renders.
 * Flow: answering (select, check, next) until the last question, then results; restart reshuffles.
 * Selections and results are keyed by question id, never by position.
 */
import { isAnswerCorrect, scoreAttempt, type AttemptScore } from '~/lib/quiz/scoring';
import type { RandomSource } from '~/lib/quiz/random';
import { shuffle } from '~/lib/quiz/shuffle';
import type { QuizQuestionView } from '~/lib/quiz/quiz-view';
import { reconcileAttempt, type SavedAttempt } from '~/lib/quiz/progress-store';

/** The attempt as shown and as saved: question and option order, selections and results by id. */
export type QuizState = SavedAttempt;

/** Start an attempt with questions and (except verdicts) options shuffled by `random`. */
export function createQuizState(questions: readonly QuizQuestionView[], random: RandomSource): QuizState {
	return {
		order: shuffle(questions.map((question) => question.id), random),
		optionOrder: Object.fromEntries(
			questions.map((question) => {
				const values = question.options.map((option) => option.value);
				return [question.id, question.type === 'verdict' ? values : shuffle(values, random)];
			}),
		),
		position: 0,
		selections: {},
		results: {},
		phase: 'answering',
	};
}

/** Choose an option: replaces the choice for single and verdict, toggles it for multiple. */
export function selectOption(state: QuizState, question: QuizQuestionView, value: string): QuizState {
	if (question.id in state.results) return state;
	const current = state.selections[question.id] ?? [];
	const next =
		question.type === 'multiple'
			? current.includes(value)
				? current.filter((chosen) => chosen !== value)
				: [...current, value]
			: [value];
	return { ...state, selections: { ...state.selections, [question.id]: next } };
}

/** Check the current answer; does nothing when nothing is selected or it was already checked. */
export function checkAnswer(state: QuizState, question: QuizQuestionView): QuizState {
	const selected = state.selections[question.id] ?? [];
	if (selected.length === 0 || question.id in state.results) return state;
	return { ...state, results: { ...state.results, [question.id]: isAnswerCorrect(question, selected) } };
}

/** Move to the next question, or to the results after the last one. */
export function goToNext(state: QuizState): QuizState {
	const isLast = state.position >= state.order.length - 1;
	return isLast ? { ...state, phase: 'results' } : { ...state, position: state.position + 1 };
}

/** Score the attempt over every question shown; unanswered ones count as wrong. */
export function scoreQuizState(state: QuizState, passMark: number): AttemptScore {
	return scoreAttempt(state.order.map((id) => state.results[id] === true), passMark);
}

/** The questions answered wrongly, in the order they were shown. */
export function listMistakes(state: QuizState, questions: readonly QuizQuestionView[]): QuizQuestionView[] {
	const byId = new Map(questions.map((question) => [question.id, question]));
	return state.order.filter((id) => state.results[id] === false).flatMap((id) => byId.get(id) ?? []);
}

/** Resume a saved attempt fitted to today's bank, or start a new one when there is none to resume. */
export function resumeQuizState(questions: readonly QuizQuestionView[], saved: SavedAttempt | null, random: RandomSource): QuizState {
	const current = questions.map((question) => ({
		id: question.id,
		type: question.type,
		options: question.options.map((option) => option.value),
		correct: question.correct,
	}));
	const resumed = saved ? reconcileAttempt(saved, current, (items) => shuffle(items, random)) : null;
	return resumed ?? createQuizState(questions, random);
}
