/**
 * Redraws the printable answer cards from the settings: how many, two or four a sheet, and an
 * event's expected list (names and units under the cards). Each card is a copy of the first card
 * the server printed, so the printed design lives in one place (CardFace.astro).
 */
import type { cardSheetLabels } from '~/config/ui-strings';
import { CARD_FAMILY_SIZE } from '~/lib/cards/card-answer';
import { describeHolder, markerPath, toSheets } from '~/lib/cards/card-face';
import { assignCards, type CardHolder } from '~/lib/cards/card-holders';
import { formatLabel } from '~/lib/text/format-label';
import { listCardEvents } from './card-events';

type SheetLabels = { [K in keyof typeof cardSheetLabels]: string };

function fillCard(template: HTMLElement, holder: CardHolder, labels: SheetLabels): HTMLElement {
	const card = template.cloneNode(true) as HTMLElement;
	card.dataset.cardNumber = String(holder.cardNumber);
	card.querySelector('path')?.setAttribute('d', markerPath(holder.cardNumber));
	card.querySelector('svg')?.setAttribute('aria-label', formatLabel(labels.markerLabel, { number: holder.cardNumber }));
	const corner = card.querySelector<HTMLElement>('[data-card-corner]');
	if (corner) corner.textContent = String(holder.cardNumber);
	const line = describeHolder(holder, { number: labels.cardNumber, unit: labels.unit });
	for (const key of ['number', 'name', 'unit'] as const) {
		const part = card.querySelector<HTMLElement>(`[data-card-line="${key}"]`);
		if (part) part.textContent = line[key];
	}
	return card;
}

export function startCardSheets(): void {
	const root = document.querySelector<HTMLElement>('[data-card-sheets]');
	const form = root?.querySelector<HTMLFormElement>('[data-card-settings]');
	const list = root?.querySelector<HTMLElement>('[data-card-sheet-list]');
	const template = list?.querySelector<HTMLElement>('.answer-card')?.cloneNode(true) as HTMLElement | undefined;
	const sheetTemplate = list?.querySelector<HTMLElement>('.card-sheet');
	if (!root || !form || !list || !template || !sheetTemplate) return;
	const labels = JSON.parse(root.dataset.labels ?? '{}') as SheetLabels;
	const count = form.querySelector<HTMLInputElement>('[data-card-count]')!;
	const eventSelect = form.querySelector<HTMLSelectElement>('[data-card-event]')!;
	const problem = form.querySelector<HTMLElement>('[data-card-problem]')!;
	const summary = form.querySelector<HTMLElement>('[data-card-summary]')!;
	const events = listCardEvents();
	for (const event of events) {
		const option = document.createElement('option');
		option.value = event.code;
		option.textContent = `${event.name} (${event.participants.length})`;
		eventSelect.append(option);
	}
	form.querySelector<HTMLElement>('[data-card-event-field]')!.hidden = events.length === 0;
	const chosen = new URLSearchParams(location.search).get('acara');
	if (chosen && events.some((event) => event.code === chosen)) eventSelect.value = chosen;

	function render(): void {
		const event = events.find((candidate) => candidate.code === eventSelect.value);
		count.disabled = Boolean(event);
		if (event) count.value = String(event.participants.length);
		const wanted = Number(count.value);
		const isValid = Number.isInteger(wanted) && wanted >= 1 && wanted <= CARD_FAMILY_SIZE;
		problem.hidden = isValid;
		count.setAttribute('aria-invalid', String(!isValid));
		if (!isValid) return;
		const perSheet = new FormData(form!).get('perSheet') === '2' ? 2 : 4;
		const sheets = toSheets(assignCards(event?.participants, wanted), perSheet);
		list!.dataset.perSheet = String(perSheet);
		list!.replaceChildren(
			...sheets.map((holders, index) => {
				const sheet = sheetTemplate!.cloneNode(false) as HTMLElement;
				sheet.setAttribute('aria-label', formatLabel(labels.sheetLabel, { number: index + 1 }));
				const cards = document.createElement('ol');
				cards.className = 'card-sheet-cards';
				cards.append(...holders.map((holder) => fillCard(template!, holder, labels)));
				sheet.append(cards);
				return sheet;
			}),
		);
		summary.textContent = formatLabel(labels.summary, { cards: wanted, sheets: sheets.length });
	}

	form.addEventListener('input', render);
	form.addEventListener('submit', (event) => event.preventDefault());
	form.querySelector<HTMLButtonElement>('[data-card-print]')?.addEventListener('click', () => window.print());
	render();
}
