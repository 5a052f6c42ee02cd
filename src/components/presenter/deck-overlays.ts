/**
 * The deck's overlays in the browser: opens and closes the overview, go-to and key-help dialogs
 * (DeckOverlays.astro) to match the deck state, builds the overview grid from the slides on first
 * open, and reports a pick. The state and what each key does come from deck-control.ts.
 */
import { parseSlideNumber } from '~/lib/presenter/deck-address';
import type { DeckMode, DeckState } from '~/lib/presenter/deck-control';
import { formatLabel } from '~/lib/text/format-label';
import { headingOf, previewOf } from './slide-preview';

export interface OverlayLabels {
	goToInvalid: string;
	overviewCurrent: string;
}

export interface DeckOverlays {
	/** Open the dialog the state asks for and close the others; focus follows the overview highlight. */
	sync(state: DeckState): void;
	/** Thumbnails in one row of the overview grid, for moving the highlight up and down. */
	columns(): number;
}

interface OverlayHandlers {
	/** The presenter picked a slide (overview click, go-to form): 0-based. */
	onPick(index: number): void;
	/** A dialog closed by itself (Esc, its close button): the deck goes back to the slides. */
	onClose(mode: DeckMode): void;
}

export function createDeckOverlays(slides: readonly HTMLElement[], labels: OverlayLabels, handlers: OverlayHandlers): DeckOverlays {
	const dialogs = new Map<DeckMode, HTMLDialogElement>();
	for (const dialog of document.querySelectorAll<HTMLDialogElement>('dialog[data-deck-dialog]')) {
		const mode = dialog.dataset.deckDialog as DeckMode;
		dialogs.set(mode, dialog);
		dialog.addEventListener('close', () => handlers.onClose(mode));
		dialog.querySelector('[data-dialog-close]')?.addEventListener('click', () => dialog.close());
	}
	const grid = document.querySelector<HTMLOListElement>('[data-overview-grid]');
	let buttons: HTMLButtonElement[] = [];

	const buildGrid = () => {
		if (!grid || buttons.length > 0) return;
		buttons = slides.map((slide, index) => {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'overview-item';
			const thumbnail = document.createElement('div');
			thumbnail.className = 'overview-thumbnail';
			thumbnail.setAttribute('aria-hidden', 'true');
			thumbnail.inert = true;
			thumbnail.append(previewOf(slide));
			const caption = document.createElement('span');
			caption.className = 'overview-caption';
			const number = document.createElement('strong');
			number.textContent = String(index + 1);
			const current = document.createElement('span');
			current.className = 'overview-current';
			current.textContent = ` ${labels.overviewCurrent}`;
			caption.append(number, ` ${headingOf(slide)}`, current);
			button.append(thumbnail, caption);
			button.addEventListener('click', () => handlers.onPick(index));
			item.append(button);
			return button;
		});
		grid.replaceChildren(...buttons.map((button) => button.parentElement as HTMLElement));
	};

	const form = document.querySelector<HTMLFormElement>('[data-go-to-form]');
	const input = document.querySelector<HTMLInputElement>('[data-go-to-input]');
	const error = document.querySelector<HTMLElement>('[data-go-to-error]');
	const label = document.querySelector<HTMLElement>('[data-go-to-label]');
	if (label) label.textContent = formatLabel(label.dataset.template ?? '', { total: slides.length });
	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		const index = parseSlideNumber(input?.value ?? '', slides.length);
		if (index === undefined) {
			if (error) error.textContent = formatLabel(labels.goToInvalid, { total: slides.length });
			input?.setAttribute('aria-invalid', 'true');
			input?.focus();
			return;
		}
		handlers.onPick(index);
	});

	const prepare = (mode: DeckMode) => {
		if (mode === 'overview') {
			buildGrid();
		} else if (mode === 'go-to' && input && error) {
			input.value = '';
			input.removeAttribute('aria-invalid');
			error.textContent = '';
		}
	};

	return {
		sync(state) {
			for (const [mode, dialog] of dialogs) {
				if (mode === state.mode && !dialog.open) {
					prepare(mode);
					dialog.showModal();
				} else if (mode !== state.mode && dialog.open) {
					dialog.close();
				}
			}
			if (state.mode === 'overview') {
				buttons.forEach((button, index) => {
					button.toggleAttribute('data-current', index === state.index);
					button.toggleAttribute('data-selected', index === state.selected);
				});
				const selected = buttons[state.selected];
				if (selected && document.activeElement !== selected) selected.focus();
				selected?.scrollIntoView({ block: 'nearest' });
			}
		},
		columns() {
			const [first, ...rest] = buttons;
			if (!first) return 1;
			const top = first.getBoundingClientRect().top;
			return 1 + rest.findIndex((button) => Math.abs(button.getBoundingClientRect().top - top) > 2) || buttons.length;
		},
	};
}
