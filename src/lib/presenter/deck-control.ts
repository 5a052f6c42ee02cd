/**
 * What the presentation does with a key, a button or a message from the other window, as pure
 * functions over a small state: which slide is shown, whether the screen is blacked out, which
 * overlay is open (overview, go-to, key help) and the digits typed for "number, then Enter".
 * Which key means which action is deck-keys.ts; slide numbers in URLs and the messages between
 * windows are deck-address.ts. The DOM controller (src/components/presenter/deck-client.ts) only
 * applies the result.
 */

export type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

export type DeckAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'toggle-black'
	| 'toggle-fullscreen'
	| 'exit'
	| 'open-speaker-view'
	| 'toggle-overview'
	| 'open-go-to'
	| 'toggle-help'
	/** Enter: jump to the typed number, or pick the slide highlighted in the overview. */
	| 'confirm'
	/** Esc inside an overlay: close it and stay on the slide. */
	| 'cancel'
	/** Backspace: take back the last typed digit. */
	| 'erase'
	| `digit-${Digit}`
	| 'select-left'
	| 'select-right'
	| 'select-up'
	| 'select-down'
	| 'select-first'
	| 'select-last';

/** Actions that leave the deck state alone and ask the page to do something instead. */
export type DeckEffect = 'toggle-fullscreen' | 'exit' | 'open-speaker-view';

/** What covers the slides: nothing, the overview grid, the go-to form or the key help. */
export type DeckMode = 'slides' | 'overview' | 'go-to' | 'help';

export interface DeckState {
	/** 0-based index of the slide on screen. */
	index: number;
	total: number;
	/** True while the screen is blacked out (B or "." on a clicker). */
	isBlack: boolean;
	mode: DeckMode;
	/** Digits typed so far for "number, then Enter"; empty when none. */
	typed: string;
	/** 0-based index of the slide highlighted in the overview. */
	selected: number;
}

export interface DeckResult {
	state: DeckState;
	effect?: DeckEffect;
	/** A typed slide number that does not exist, so the page can say so. */
	rejectedNumber?: number;
}

/** The state of a deck opened on a slide, nothing typed and no overlay. */
export function createDeckState(index: number, total: number): DeckState {
	const start = clampIndex(index, total);
	return { index: start, total, isBlack: false, mode: 'slides', typed: '', selected: start };
}

/** Keep an index inside the deck. */
function clampIndex(index: number, total: number): number {
	return Math.min(Math.max(index, 0), Math.max(total - 1, 0));
}

/** Show a slide: overlays close, typed digits are dropped, a black screen lifts. */
export function goToSlide(state: DeckState, index: number): DeckState {
	const target = clampIndex(index, state.total);
	return { ...state, index: target, selected: target, isBlack: false, mode: 'slides', typed: '' };
}

/** Digits a slide number can have: four cover any deck. */
const MAX_TYPED = 4;

export interface DeckOptions {
	/** Thumbnails per row in the overview, for moving the highlight up and down. */
	columns?: number;
}

function moveSelection(state: DeckState, action: DeckAction, columns: number): DeckState {
	const steps: Partial<Record<DeckAction, number>> = {
		'select-left': -1,
		'select-right': 1,
		'select-up': -columns,
		'select-down': columns,
	};
	if (action === 'select-first') return { ...state, selected: 0 };
	if (action === 'select-last') return { ...state, selected: clampIndex(state.total - 1, state.total) };
	const step = steps[action] ?? 0;
	const target = state.selected + step;
	// Up or down past the grid's edge stays put, as in a file manager's grid.
	if (target < 0 || target >= state.total) return Math.abs(step) > 1 ? state : { ...state, selected: clampIndex(target, state.total) };
	return { ...state, selected: target };
}

function applyOverlayAction(state: DeckState, action: DeckAction, options: DeckOptions): DeckResult | undefined {
	if (state.mode === 'slides') return undefined;
	switch (action) {
		case 'cancel':
			return { state: { ...state, mode: 'slides', selected: state.index } };
		case 'confirm':
			return { state: state.mode === 'overview' ? goToSlide(state, state.selected) : { ...state, mode: 'slides' } };
		case 'toggle-overview':
			return { state: state.mode === 'overview' ? { ...state, mode: 'slides', selected: state.index } : { ...state, mode: 'overview', selected: state.index } };
		case 'toggle-help':
			return { state: { ...state, mode: state.mode === 'help' ? 'slides' : 'help' } };
		case 'select-left':
		case 'select-right':
		case 'select-up':
		case 'select-down':
		case 'select-first':
		case 'select-last':
			return state.mode === 'overview' ? { state: moveSelection(state, action, Math.max(1, options.columns ?? 1)) } : { state };
		case 'toggle-black':
			return { state: { ...state, isBlack: !state.isBlack } };
		default:
			return { state };
	}
}

/**
 * Apply an action to the deck. While the screen is black, any move or Esc only lifts the black
 * screen and keeps the slide, as PowerPoint does, so a clicker press never skips a slide unseen.
 * Esc first takes back typed digits, then lifts a black screen, and only then leaves.
 */
export function applyDeckAction(state: DeckState, action: DeckAction, options: DeckOptions = {}): DeckResult {
	const overlay = applyOverlayAction(state, action, options);
	if (overlay) return overlay;
	if (action.startsWith('digit-')) {
		const typed = `${state.typed}${action.slice('digit-'.length)}`.slice(-MAX_TYPED);
		return { state: { ...state, typed } };
	}
	if (action === 'erase') return { state: { ...state, typed: state.typed.slice(0, -1) } };
	if (action === 'confirm') {
		if (!state.typed) return { state };
		const number = Number(state.typed);
		if (number >= 1 && number <= state.total) return { state: goToSlide(state, number - 1) };
		return { state: { ...state, typed: '' }, rejectedNumber: number };
	}
	if (action === 'exit' && state.typed) return { state: { ...state, typed: '' } };
	const isMove = action === 'next' || action === 'previous' || action === 'first' || action === 'last';
	if (state.isBlack && (isMove || action === 'exit' || action === 'toggle-black')) {
		return { state: { ...state, isBlack: false } };
	}
	const at = (index: number): DeckResult => {
		const target = clampIndex(index, state.total);
		return { state: { ...state, index: target, selected: target, typed: '' } };
	};
	switch (action) {
		case 'next':
			return at(state.index + 1);
		case 'previous':
			return at(state.index - 1);
		case 'first':
			return at(0);
		case 'last':
			return at(state.total - 1);
		case 'toggle-black':
			return { state: { ...state, isBlack: true } };
		case 'toggle-overview':
			return { state: { ...state, mode: 'overview', selected: state.index, typed: '' } };
		case 'open-go-to':
			return { state: { ...state, mode: 'go-to', typed: '' } };
		case 'toggle-help':
			return { state: { ...state, mode: 'help' } };
		case 'toggle-fullscreen':
		case 'exit':
		case 'open-speaker-view':
			return { state, effect: action };
		default:
			return { state };
	}
}
