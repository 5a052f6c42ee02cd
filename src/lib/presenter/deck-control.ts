/**
 * What the presentation does with a key, a button or a message from the other window, as pure
 * functions over a small state: which slide is shown and whether the screen is blacked out.
 * The DOM controller (src/components/presenter/deck-client.ts) only applies the result.
 */

export type DeckAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'toggle-black'
	| 'toggle-fullscreen'
	| 'exit'
	| 'open-speaker-view';

/** Actions that leave the deck state alone and ask the page to do something instead. */
export type DeckEffect = 'toggle-fullscreen' | 'exit' | 'open-speaker-view';

export interface DeckState {
	/** 0-based index of the slide on screen. */
	index: number;
	total: number;
	/** True while the screen is blacked out (B or "." on a clicker). */
	isBlack: boolean;
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
 * two big buttons, "." or B for the blank-screen button.
 */
const KEY_ACTIONS: Readonly<Record<string, DeckAction>> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	n: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	p: 'previous',
	Home: 'first',
	End: 'last',
	b: 'toggle-black',
	'.': 'toggle-black',
	f: 'toggle-fullscreen',
	Escape: 'exit',
	s: 'open-speaker-view',
};

/** Map a key press to a deck action; undefined when the key is not ours (browser shortcuts, typing). */
export function deckActionForKey(input: KeyInput): DeckAction | undefined {
	if (input.isEditing || input.ctrlKey || input.altKey || input.metaKey) return undefined;
	if (input.key === ' ' && input.shiftKey) return 'previous';
	const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
	return KEY_ACTIONS[key];
}

/** Keep an index inside the deck. */
function clampIndex(index: number, total: number): number {
	return Math.min(Math.max(index, 0), Math.max(total - 1, 0));
}

/**
 * Apply an action to the deck. While the screen is black, any move or Esc only lifts the black
 * screen and keeps the slide, as PowerPoint does, so a clicker press never skips a slide unseen.
 */
export function applyDeckAction(state: DeckState, action: DeckAction): { state: DeckState; effect?: DeckEffect } {
	const isMove = action === 'next' || action === 'previous' || action === 'first' || action === 'last';
	if (state.isBlack && (isMove || action === 'exit' || action === 'toggle-black')) {
		return { state: { ...state, isBlack: false } };
	}
	switch (action) {
		case 'next':
			return { state: { ...state, index: clampIndex(state.index + 1, state.total) } };
		case 'previous':
			return { state: { ...state, index: clampIndex(state.index - 1, state.total) } };
		case 'first':
			return { state: { ...state, index: 0 } };
		case 'last':
			return { state: { ...state, index: clampIndex(state.total - 1, state.total) } };
		case 'toggle-black':
			return { state: { ...state, isBlack: true } };
		default:
			return { state, effect: action };
	}
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

/** What one window of a presentation tells the other over BroadcastChannel. */
export type DeckMessage = { type: 'position'; index: number; isBlack: boolean } | { type: 'hello' };

/** Accept only well-formed messages: another tab or an old version may post anything. */
export function parseDeckMessage(data: unknown): DeckMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const message = data as Record<string, unknown>;
	if (message.type === 'hello') return { type: 'hello' };
	if (message.type === 'position' && Number.isInteger(message.index) && typeof message.isBlack === 'boolean') {
		return { type: 'position', index: message.index as number, isBlack: message.isBlack };
	}
	return undefined;
}

/** Elapsed time for the speaker view: "4:07", or "1:02:09" past an hour. */
export function formatElapsed(milliseconds: number): string {
	const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = String(totalSeconds % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
