import { formatLabel } from '~/lib/text/format-label';
import type { BankProgress } from './progress-store';

export interface ProgressSummaryLabels {
	notStarted: string;
	inProgress: string;
	last: string;
	best: string;
	passed: string;
	notPassed: string;
}

/** Describe one bank's saved progress in a sentence for the quiz index. */
export function describeProgress(progress: BankProgress | undefined, labels: ProgressSummaryLabels): string {
	if (!progress || (progress.attempts === 0 && !progress.attempt)) return labels.notStarted;
	const parts: string[] = [];
	const attempt = progress.attempt;
	if (attempt && attempt.phase === 'answering') {
		parts.push(formatLabel(labels.inProgress, { answered: Object.keys(attempt.results).length, total: attempt.order.length }));
	}
	if (progress.last) {
		const verdict = progress.last.isPassed ? labels.passed : labels.notPassed;
		parts.push(formatLabel(labels.last, { correct: progress.last.correct, total: progress.last.total, verdict }));
	}
	if (progress.best && progress.attempts > 1) {
		parts.push(formatLabel(labels.best, { correct: progress.best.correct, total: progress.best.total }));
	}
	return parts.length > 0 ? parts.join(' · ') : labels.notStarted;
}
