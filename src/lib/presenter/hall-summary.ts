/**
 * The hall quiz's closing summary: per question, the share of the room that answered right (from
 * the counts in hall-tally.ts) and whether the presenter should go back to it; a question is to be
 * revisited when fewer than the bank's pass mark answered right. For a question with several right
 * options, where one person may raise a hand for each, "answered right" is the share of all raised
 * hands that went to right options.
 */
import { countsInOrder, type HallCounts } from './hall-tally';

export interface SummaryQuestion {
	id: string;
	/** 1-based position in the hall quiz. */
	number: number;
	options: readonly { value: string; isCorrect: boolean }[];
}

export type QuestionStatus = 'not-counted' | 'revisit' | 'understood';

export interface QuestionResult {
	id: string;
	number: number;
	/** Hands counted over all options. */
	total: number;
	/** Hands on right options. */
	correct: number;
	/** Whole percent answered right; undefined when nothing was counted. */
	percent: number | undefined;
	status: QuestionStatus;
}

export interface HallSummary {
	results: QuestionResult[];
	/** Questions with at least one hand counted. */
	counted: number;
	/** Questions to go back to, in quiz order. */
	revisit: QuestionResult[];
	/** Mean of the counted questions' percentages, whole; undefined when none was counted. */
	averagePercent: number | undefined;
}

/** Sum up the room's answers against the bank's pass mark (a share from 0 to 1). */
export function summariseHallQuiz(questions: readonly SummaryQuestion[], counts: HallCounts, passMark: number): HallSummary {
	const results = questions.map((question): QuestionResult => {
		const values = countsInOrder(counts, question).map((count) => count ?? 0);
		const total = values.reduce((sum, count) => sum + count, 0);
		const correct = values.reduce((sum, count, index) => sum + (question.options[index]?.isCorrect ? count : 0), 0);
		if (total === 0) return { id: question.id, number: question.number, total, correct, percent: undefined, status: 'not-counted' };
		const status = correct / total < passMark ? 'revisit' : 'understood';
		return { id: question.id, number: question.number, total, correct, percent: Math.round((correct * 100) / total), status };
	});
	const counted = results.filter((result) => result.percent !== undefined);
	const averagePercent = counted.length > 0 ? Math.round(counted.reduce((sum, result) => sum + (result.percent ?? 0), 0) / counted.length) : undefined;
	return { results, counted: counted.length, revisit: results.filter((result) => result.status === 'revisit'), averagePercent };
}
