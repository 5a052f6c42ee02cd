/**
 * The hall quiz's summary slide and its printed report in the browser (HallQuizSummary.astro):
 * per question the share answered right and whether to revisit it, from summariseHallQuiz; a print
 * button and a clear button. Text goes in as text, never as markup.
 */
import type { HallCounts } from '~/lib/presenter/hall-tally';
import { summariseHallQuiz } from '~/lib/presenter/hall-summary';
import { formatLabel } from '~/lib/text/format-label';

export interface HallSummaryConfig {
	bankId: string;
	passMark: number;
	questions: { id: string; number: number; options: { value: string; letter: string; isCorrect: boolean }[] }[];
}

interface SummaryLabels {
	summaryNone: string;
	summaryOverall: string;
	summaryRevisitCount: string;
	summaryAllUnderstood: string;
	summaryPercent: string;
	summaryNotCounted: string;
	summaryUnderstood: string;
	summaryRevisit: string;
	summaryRevisitItem: string;
	summaryClearConfirm: string;
	summaryCleared: string;
	summaryKept: string;
	summaryNotKept: string;
	reportPrinted: string;
	reportHandsItem: string;
}

export function startHallSummary(root: HTMLElement, config: HallSummaryConfig, handlers: { onClear(): boolean }): { render(counts: HallCounts, isKept: boolean): void } {
	const labels = JSON.parse(root.dataset.labels ?? '{}') as SummaryLabels;
	const slide = root.closest<HTMLElement>('[data-slide]') ?? root;
	const overall = root.querySelector<HTMLElement>('[data-summary-overall]');
	const revisitSection = root.querySelector<HTMLElement>('[data-summary-revisit]');
	const saved = root.querySelector<HTMLElement>('[data-summary-saved]');
	const reportOverall = slide.querySelector<HTMLElement>('[data-report-overall]');
	const reportPrinted = slide.querySelector<HTMLElement>('[data-report-printed]');
	const byId = (attribute: string, id: string) => slide.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(id)}"]`);

	root.querySelector('[data-summary-print]')?.addEventListener('click', () => window.print());
	root.querySelector('[data-summary-clear]')?.addEventListener('click', () => {
		if (!window.confirm(labels.summaryClearConfirm)) return;
		handlers.onClear();
		if (saved) saved.textContent = labels.summaryCleared;
	});
	window.addEventListener('beforeprint', () => {
		if (reportPrinted) {
			const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
			reportPrinted.textContent = formatLabel(labels.reportPrinted, { date });
		}
	});

	return {
		render(counts, isKept) {
			const summary = summariseHallQuiz(config.questions, counts, config.passMark);
			let overallText = labels.summaryNone;
			if (summary.averagePercent !== undefined) {
				const verdict = summary.revisit.length > 0 ? formatLabel(labels.summaryRevisitCount, { count: summary.revisit.length }) : labels.summaryAllUnderstood;
				overallText = `${formatLabel(labels.summaryOverall, { percent: summary.averagePercent, counted: summary.counted, total: config.questions.length })} ${verdict}`;
			}
			if (overall) overall.textContent = overallText;
			if (reportOverall) reportOverall.textContent = overallText;
			for (const result of summary.results) {
				const question = config.questions.find((candidate) => candidate.id === result.id);
				const percentText = result.percent === undefined ? '–' : formatLabel(labels.summaryPercent, { percent: result.percent });
				const statusText = { 'not-counted': labels.summaryNotCounted, revisit: labels.summaryRevisit, understood: labels.summaryUnderstood }[result.status];
				const cell = byId('data-summary-for', result.id);
				if (cell) {
					cell.dataset.status = result.status;
					const percent = cell.querySelector<HTMLElement>('[data-summary-percent]');
					if (percent) percent.textContent = percentText;
					const status = cell.querySelector<HTMLElement>('[data-summary-status]');
					if (status) status.textContent = statusText;
				}
				const item = byId('data-summary-revisit-for', result.id);
				if (item) {
					item.hidden = result.status !== 'revisit';
					const text = item.querySelector<HTMLElement>('[data-summary-revisit-text]');
					if (text) text.textContent = formatLabel(labels.summaryRevisitItem, { number: result.number, percent: result.percent ?? 0 });
				}
				const row = byId('data-report-for', result.id);
				if (row && question) {
					const hands = question.options
						.map((option) => ({ letter: option.letter, count: counts[result.id]?.[option.value] }))
						.filter((entry) => entry.count !== undefined)
						.map((entry) => formatLabel(labels.reportHandsItem, { letter: entry.letter, count: entry.count ?? 0 }));
					const handsCell = row.querySelector<HTMLElement>('[data-report-hands]');
					if (handsCell) handsCell.textContent = hands.length > 0 ? hands.join(', ') : '–';
					const percentCell = row.querySelector<HTMLElement>('[data-report-percent]');
					if (percentCell) percentCell.textContent = percentText;
					const statusCell = row.querySelector<HTMLElement>('[data-report-status]');
					if (statusCell) statusCell.textContent = statusText;
					row.dataset.status = result.status;
				}
			}
			if (revisitSection) revisitSection.hidden = summary.revisit.length === 0;
			if (saved && summary.counted > 0) saved.textContent = isKept ? labels.summaryKept : labels.summaryNotKept;
		},
	};
}
