/** What scoring needs of a question: its correct values. */
export interface ScorableQuestion {
	id: string;
	correct: readonly string[];
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

/** Check an answer: correct only when exactly the right values are selected, in any order. */
export function isAnswerCorrect(question: ScorableQuestion, selected: readonly string[]): boolean {
	const chosen = new Set(selected);
	return chosen.size === question.correct.length && question.correct.every((value) => chosen.has(value));
}

/** Count the correct answers needed to pass, rounding up so a pass mark is never undercut. */
export function countNeededToPass(total: number, passMark: number): number {
	if (passMark <= 0 || passMark > 1) throw new RangeError(`passMark harus di antara 0 dan 1, bukan ${passMark}`);
	// Subtract a hair before rounding up so 0.8 * 10 = 8.000000000000002 still needs 8.
	return Math.ceil(total * passMark - 1e-9);
}

/** Score an attempt from per-question results against the pass mark. */
export function scoreAttempt(results: readonly boolean[], passMark: number): AttemptScore {
	const total = results.length;
	const correct = results.filter(Boolean).length;
	const needed = countNeededToPass(total, passMark);
	return { correct, total, ratio: total === 0 ? 0 : correct / total, needed, isPassed: total > 0 && correct >= needed };
}
