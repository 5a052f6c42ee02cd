/**
 * A quiz attempt: its type, the moves a reader makes, fitting a saved attempt to today's bank, and
 * its score. Pure functions over plain data, so the lesson (bank) quiz, the pledge quiz and their tests
 * share one set of rules and the islands only render.
 *
 * Flow: answering (select, check, next) until the last question, then results; a restart is a new
 * attempt. Order, selections and results are keyed by question id and option value, never by
 * position, so an attempt saved yesterday can be fitted to a bank edited today.
 *
 * Questions arrive in the shape the island receives (`QuizQuestionView`); this module reads only
 * the fields of `AttemptQuestion`, so no caller reshapes a question to use it.
 */
import type { QuestionType } from '~/schemas/question-bank';
import type { RandomSource } from './random';
import { shuffle } from './shuffle';

/** What an attempt needs of a question: its id, type, option values and answer key. */
export interface AttemptQuestion {
	id: string;
	type: QuestionType;
	options: readonly { value: string }[];
	correct: readonly string[];
}

/** One attempt, as shown and as saved: question and option order, selections and results by id. */
export interface Attempt {
	order: string[];
	optionOrder: Record<string, string[]>;
	position: number;
	selections: Record<string, string[]>;
	results: Record<string, boolean>;
	phase: 'answering' | 'results';
}

export interface AttemptScore {
	correct: number;
	total: number;
	/** Share of correct answers, 0 to 1. */
	ratio: number;
	/** Correct answers needed to pass. */
	needed: number;
	isPassed: boolean;
}

const valuesOf = (question: AttemptQuestion) => question.options.map((option) => option.value);

/** Order a question's options for an attempt: verdicts keep Boleh, Tidak boleh; others are shuffled. */
function orderOptions(question: AttemptQuestion, values: readonly string[], random: RandomSource): string[] {
	return question.type === 'verdict' ? [...values] : shuffle(values, random);
}

/** Start an attempt with questions and (except verdicts) options shuffled by `random`. */
export function createAttempt(questions: readonly AttemptQuestion[], random: RandomSource): Attempt {
	return {
		order: shuffle(questions.map((question) => question.id), random),
		optionOrder: Object.fromEntries(questions.map((question) => [question.id, orderOptions(question, valuesOf(question), random)])),
		position: 0,
		selections: {},
		results: {},
		phase: 'answering',
	};
}

/** Check an answer: correct only when exactly the right values are selected, in any order. */
export function isAnswerCorrect(question: Pick<AttemptQuestion, 'correct'>, selected: readonly string[]): boolean {
	const chosen = new Set(selected);
	return chosen.size === question.correct.length && question.correct.every((value) => chosen.has(value));
}

/** Choose an option: replaces the choice for single and verdict, toggles it for multiple. */
export function selectOption(attempt: Attempt, question: AttemptQuestion, value: string): Attempt {
	if (question.id in attempt.results) return attempt;
	const current = attempt.selections[question.id] ?? [];
	const next =
		question.type === 'multiple' ? (current.includes(value) ? current.filter((chosen) => chosen !== value) : [...current, value]) : [value];
	return { ...attempt, selections: { ...attempt.selections, [question.id]: next } };
}

/** Check the current answer; does nothing when nothing is selected or it was already checked. */
export function checkAnswer(attempt: Attempt, question: AttemptQuestion): Attempt {
	const selected = attempt.selections[question.id] ?? [];
	if (selected.length === 0 || question.id in attempt.results) return attempt;
	return { ...attempt, results: { ...attempt.results, [question.id]: isAnswerCorrect(question, selected) } };
}

/** Move to the next question, or to the results after the last one. */
export function goToNext(attempt: Attempt): Attempt {
	const isLast = attempt.position >= attempt.order.length - 1;
	return isLast ? { ...attempt, phase: 'results' } : { ...attempt, position: attempt.position + 1 };
}

/** Count the correct answers needed to pass, rounding up so a pass mark is never undercut. */
export function countNeededToPass(total: number, passMark: number): number {
	if (passMark <= 0 || passMark > 1) throw new RangeError(`passMark harus di antara 0 dan 1, bukan ${passMark}`);
	// Subtract a hair before rounding up so 0.8 * 10 = 8.000000000000002 still needs 8.
	return Math.ceil(total * passMark - 1e-9);
}

/** Score per-question results against the pass mark. */
export function scoreResults(results: readonly boolean[], passMark: number): AttemptScore {
	const total = results.length;
	const correct = results.filter(Boolean).length;
	const needed = countNeededToPass(total, passMark);
	return { correct, total, ratio: total === 0 ? 0 : correct / total, needed, isPassed: total > 0 && correct >= needed };
}

/** Score the attempt over every question shown; unanswered ones count as wrong. */
export function scoreAttempt(attempt: Attempt, passMark: number): AttemptScore {
	return scoreResults(
		attempt.order.map((id) => attempt.results[id] === true),
		passMark,
	);
}

/** The questions answered wrongly, in the order they were shown. */
export function listMistakes<Q extends AttemptQuestion>(attempt: Attempt, questions: readonly Q[]): Q[] {
	const byId = new Map(questions.map((question) => [question.id, question]));
	return attempt.order.filter((id) => attempt.results[id] === false).flatMap((id) => byId.get(id) ?? []);
}

/**
 * Fit a saved attempt to today's bank: questions and options that are gone are dropped, new ones
 * are appended in an order drawn from `random`, checked answers are judged again against today's
 * key, and an attempt left with nothing yields null.
 */
export function reconcileAttempt(saved: Attempt, questions: readonly AttemptQuestion[], random: RandomSource): Attempt | null {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const kept = [...new Set(saved.order)].filter((id) => byId.has(id));
	if (kept.length === 0) return null;
	const order = [...kept, ...shuffle(questions.map((question) => question.id).filter((id) => !kept.includes(id)), random)];

	const optionOrder: Record<string, string[]> = {};
	const selections: Record<string, string[]> = {};
	const results: Record<string, boolean> = {};
	for (const id of order) {
		const question = byId.get(id)!;
		const values = valuesOf(question);
		const stored = (saved.optionOrder[id] ?? []).filter((value) => values.includes(value));
		optionOrder[id] = [...stored, ...orderOptions(question, values.filter((value) => !stored.includes(value)), random)];
		const selected = (saved.selections[id] ?? []).filter((value) => values.includes(value));
		if (selected.length > 0) selections[id] = selected;
		// Re-judge checked answers against today's key, so a corrected key never leaves a stale
		// verdict; an answer that lost an option it chose is reopened.
		if (id in saved.results && selected.length > 0 && selected.length === (saved.selections[id] ?? []).length) {
			results[id] = isAnswerCorrect(question, selected);
		}
	}

	const firstOpen = Math.max(0, order.findIndex((id) => !(id in results)));
	const isComplete = order.every((id) => id in results);
	const phase = saved.phase === 'results' && isComplete ? 'results' : 'answering';
	// Resume on the question that was on screen; if it is gone, or the finished attempt grew new
	// questions, on the first one still open.
	const shownId = saved.order[saved.position];
	const position =
		phase === 'results' ? order.length - 1 : saved.phase === 'answering' && shownId && byId.has(shownId) ? order.indexOf(shownId) : firstOpen;
	return { order, optionOrder, position, selections, results, phase };
}

/** Resume a saved attempt fitted to today's bank, or start a new one when there is none to resume. */
export function resumeAttempt(questions: readonly AttemptQuestion[], saved: Attempt | null, random: RandomSource): Attempt {
	return (saved && reconcileAttempt(saved, questions, random)) ?? createAttempt(questions, random);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Validate an attempt read from storage; anything that is not one yields null. */
export function readAttempt(value: unknown): Attempt | null {
	if (!isRecord(value)) return null;
	const { order, optionOrder, position, selections, results, phase } = value;
	if (!isStringArray(order) || !Number.isInteger(position) || (position as number) < 0 || (phase !== 'answering' && phase !== 'results')) return null;
	if (!isRecord(optionOrder) || !Object.values(optionOrder).every(isStringArray)) return null;
	if (!isRecord(selections) || !Object.values(selections).every(isStringArray)) return null;
	if (!isRecord(results) || !Object.values(results).every((result) => typeof result === 'boolean')) return null;
	return {
		order,
		optionOrder: optionOrder as Record<string, string[]>,
		position: position as number,
		selections: selections as Record<string, string[]>,
		results: results as Record<string, boolean>,
		phase,
	};
}
