/**
 * What the presentation does with a key, a button or a message from the other window, as pure
 * functions over a small state: which slide is shown, whether the screen is blacked out, which
 * overlay is open (overview, go-to, key help) and the digits typed for "number, then Enter".
 * The DOM controller (src/components/presenter/deck-client.ts) only applies the result.
 */

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

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

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	altKey?: boolean;
	metaKey?: boolean;
	/** True when focus is in a text field, where keys belong to the field. */
	isEditing?: boolean;
}

/**
 * Keys as reveal.js reads them, and as presentation clickers send them: PageDown/PageUp for the
 * two big buttons, "." or B for the blank-screen button. Each group is one row of the key help.
 */
export const DECK_KEYS: readonly { keys: readonly string[]; action: DeckAction }[] = [
	{ keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n'], action: 'next' },
	{ keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+ ', 'p'], action: 'previous' },
	{ keys: ['Home'], action: 'first' },
	{ keys: ['End'], action: 'last' },
	{ keys: ['g'], action: 'open-go-to' },
	{ keys: ['0-9', 'Enter'], action: 'confirm' },
	{ keys: ['o'], action: 'toggle-overview' },
	{ keys: ['b', '.'], action: 'toggle-black' },
	{ keys: ['f'], action: 'toggle-fullscreen' },
	{ keys: ['s'], action: 'open-speaker-view' },
	{ keys: ['?'], action: 'toggle-help' },
	{ keys: ['Escape'], action: 'exit' },
];

const SLIDE_KEYS: Readonly<Record<string, DeckAction>> = Object.fromEntries(
	DECK_KEYS.flatMap(({ keys, action }) => keys.filter((key) => key !== '0-9' && key !== 'Enter' && !key.startsWith('Shift+')).map((key) => [key, action])),
);

/** In the overview the arrows move the highlight instead of the slide. */
const OVERVIEW_KEYS: Readonly<Record<string, DeckAction>> = {
	ArrowLeft: 'select-left',
	ArrowRight: 'select-right',
	ArrowUp: 'select-up',
	ArrowDown: 'select-down',
	Home: 'select-first',
	End: 'select-last',
	Enter: 'confirm',
	o: 'toggle-overview',
	'?': 'toggle-help',
	b: 'toggle-black',
	'.': 'toggle-black',
	Escape: 'cancel',
};

/** Map a key press to a deck action; undefined when the key is not ours (browser shortcuts, typing). */
export function deckActionForKey(input: KeyInput, mode: DeckMode = 'slides'): DeckAction | undefined {
	if (input.isEditing || input.ctrlKey || input.altKey || input.metaKey) return undefined;
	const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
	if (mode === 'overview') return OVERVIEW_KEYS[key];
	if (mode === 'help') return key === 'Escape' || key === '?' || key === 'Enter' ? 'cancel' : undefined;
	if (mode === 'go-to') return key === 'Escape' ? 'cancel' : undefined;
	if (key === ' ' && input.shiftKey) return 'previous';
	if (/^[0-9]$/.test(key)) return `digit-${key as Digit}`;
	if (key === 'Enter') return 'confirm';
	if (key === 'Backspace') return 'erase';
	return SLIDE_KEYS[key];
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

/** Read a slide number typed into the go-to form: a whole number within the deck, 0-based; undefined otherwise. */
export function parseSlideNumber(text: string, total: number): number | undefined {
	const trimmed = text.trim();
	if (!/^\d{1,4}$/.test(trimmed)) return undefined;
	const number = Number(trimmed);
	return number >= 1 && number <= total ? number - 1 : undefined;
}

/** Read the slide number from a URL hash ("#3" is the third slide); undefined when it is not one. */
export function parseSlideHash(hash: string, total: number): number | undefined {
	const match = /^#?\/?(\d{1,4})$/.exec(hash);
	if (!match) return undefined;
	const number = Number(match[1]);
	return number >= 1 && number <= total ? number - 1 : undefined;
}

/** The URL hash for a 0-based slide index: slide numbers in the URL count from 1, as on screen. */
export function formatSlideHash(index: number): string {
	return `#${index + 1}`;
}

/**
 * What one window of a presentation tells the other over BroadcastChannel: where the deck is,
 * "hello" from a window that just opened, and "exit" when the presenter leaves from either window.
 */
export type DeckMessage = { type: 'position'; index: number; isBlack: boolean } | { type: 'hello' } | { type: 'exit' };

/** Accept only well-formed messages: another tab or an old version may post anything. */
export function parseDeckMessage(data: unknown): DeckMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const message = data as Record<string, unknown>;
	if (message.type === 'hello') return { type: 'hello' };
	if (message.type === 'exit') return { type: 'exit' };
	if (message.type === 'position' && Number.isInteger(message.index) && typeof message.isBlack === 'boolean') {
		return { type: 'position', index: message.index as number, isBlack: message.isBlack };
	}
	return undefined;
}
