/**
 * Kuis Kelas in the browser: turns the show-of-hands counts the presenter types on a question slide
 * into the distribution shown on its answer slide. Counts live only in the page: nothing is stored
 * or sent, so the hall needs no network and the audience no devices.
 */
import { parseHandCount, summariseHands } from '~/lib/presenter/show-of-hands';
import { formatLabel } from '~/lib/text/format-label';

interface HandsLabels {
	handsPercent: string;
	handsCount: string;
	handsTotal: string;
}

function showDistribution(fieldset: HTMLFieldSetElement): void {
	const questionId = fieldset.dataset.handsFor ?? '';
	const labels = JSON.parse(fieldset.dataset.labels ?? '{}') as HandsLabels;
	const result = document.querySelector<HTMLElement>(`[data-hands-result="${CSS.escape(questionId)}"]`);
	if (!result) return;
	const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('[data-hands-input]')];
	const distribution = summariseHands(inputs.map((input) => parseHandCount(input.value)));
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

export function startHallQuiz(): void {
	for (const fieldset of document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-hands-for]')) {
		fieldset.addEventListener('input', () => showDistribution(fieldset));
	}
}
