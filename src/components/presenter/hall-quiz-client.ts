/**
 * Kuis Kelas in the browser: the show-of-hands counts the presenter types on a question slide fill
 * the distribution on its answer slide and the summary on the last slide. The counts are kept on
 * the device (src/lib/presenter/hall-tally.ts) so a reload loses nothing, shared with the other
 * window of the presentation, and can be cleared from the summary; nothing is sent anywhere, so the hall needs no network and the audience no devices.
 */
import { countsInOrder, createHallTallyStore, HALL_TALLY_KEY, setCount, type HallCounts } from '~/lib/presenter/hall-tally';
import { parseHandCount, summariseHands } from '~/lib/presenter/show-of-hands';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { formatLabel } from '~/lib/text/format-label';
import { startHallSummary, type HallSummaryConfig } from './hall-summary-view';

interface HandsLabels {
	handsPercent: string;
	handsCount: string;
	handsTotal: string;
}

function showDistribution(fieldset: HTMLFieldSetElement, counts: readonly (number | undefined)[]): void {
	const questionId = fieldset.dataset.handsFor ?? '';
	const labels = JSON.parse(fieldset.dataset.labels ?? '{}') as HandsLabels;
	const result = document.querySelector<HTMLElement>(`[data-hands-result="${CSS.escape(questionId)}"]`);
	if (!result) return;
	const distribution = summariseHands(counts);
	result.hidden = !distribution.hasCounts;
	const rows = [...result.querySelectorAll<HTMLElement>('li')];
	rows.forEach((row, index) => {
		const share = distribution.shares[index] ?? { count: 0, percent: 0 };
		const values = { count: share.count, percent: share.percent };
		row.querySelector<HTMLElement>('[data-hands-bar]')?.style.setProperty('--share', `${share.percent}%`);
		const percent = row.querySelector<HTMLElement>('[data-hands-percent]');
		if (percent) percent.textContent = formatLabel(labels.handsPercent, values);
		const count = row.querySelector<HTMLElement>('[data-hands-count]');
		if (count) count.textContent = formatLabel(labels.handsCount, values);
	});
	const total = result.querySelector<HTMLElement>('[data-hands-total]');
	if (total) total.textContent = formatLabel(labels.handsTotal, { total: distribution.total });
}

/**
 * Start the hall quiz on this page. `onClear` runs with "Hapus semua hitungan" for what other
 * features keep beside the counts (the scanned answer cards); false there means it was not cleared.
 */
export function startHallQuiz(hooks: { onClear?: () => boolean } = {}): void {
	const summaryElement = document.querySelector<HTMLElement>('[data-hall-summary]');
	if (!summaryElement) return;
	const config = JSON.parse(summaryElement.dataset.hallSummary ?? '{}') as HallSummaryConfig;
	const store = createHallTallyStore(findBrowserStorage(), config.bankId, config.questions);
	let counts: HallCounts = store.read();
	let isKept = true;
	const fieldsets = [...document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-hands-for]')];
	const questionOf = (fieldset: HTMLFieldSetElement) => config.questions.find((question) => question.id === fieldset.dataset.handsFor);

	const summary = startHallSummary(summaryElement, config, {
		onClear: () => {
			counts = {};
			// Both run: a refused card clear must not leave the counts behind, nor the reverse.
			const isCardsCleared = hooks.onClear?.() ?? true;
			isKept = store.clear() && isCardsCleared;
			fill();
			return isKept;
		},
	});

	/** Put the counts into the fields and redraw everything that shows them. */
	const fill = () => {
		for (const fieldset of fieldsets) {
			const question = questionOf(fieldset);
			if (!question) continue;
			for (const input of fieldset.querySelectorAll<HTMLInputElement>('[data-hands-input]')) {
				// Never rewrite the field the presenter is typing in.
				if (input === document.activeElement) continue;
				const count = counts[question.id]?.[input.dataset.optionValue ?? ''];
				input.value = count === undefined ? '' : String(count);
			}
			showDistribution(fieldset, countsInOrder(counts, question));
		}
		summary.render(counts, isKept);
	};

	for (const fieldset of fieldsets) {
		fieldset.addEventListener('input', (event) => {
			const question = questionOf(fieldset);
			const input = event.target;
			if (!question || !(input instanceof HTMLInputElement)) return;
			counts = setCount(counts, question.id, input.dataset.optionValue ?? '', parseHandCount(input.value));
			isKept = store.write(counts);
			showDistribution(fieldset, countsInOrder(counts, question));
			summary.render(counts, isKept);
		});
	}
	// Counts typed in the other window (speaker or projector) arrive through storage: show them here too.
	window.addEventListener('storage', (event) => {
		if (event.key !== HALL_TALLY_KEY && event.key !== null) return;
		counts = store.read();
		fill();
	});
	fill();
}
