/** The card record as the roster prints and exports it: one row of text cells per participant. */
import { formatLabel } from '~/lib/text/format-label';
import type { CardRecordRow } from './card-record';

export interface CardRecordTextLabels {
	score: string;
	notRead: string;
	passed: string;
	notPassed: string;
}

/** Give a row's score and verdict cells: "3/4 (75%)" and "Lulus", or "tidak terbaca". */
export function describeCardRow(row: CardRecordRow, labels: CardRecordTextLabels): { score: string; verdict: string } {
	if (row.percent === undefined) return { score: labels.notRead, verdict: labels.notPassed };
	return { score: formatLabel(labels.score, { correct: row.correct, total: row.total, percent: row.percent }), verdict: row.isPassed ? labels.passed : labels.notPassed };
}
