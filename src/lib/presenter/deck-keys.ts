import type { DeckAction, DeckMode, Digit } from './deck-control';

/**
 * Which deck action a key press means, in each mode of the deck (slides, overview, go-to, help):
 * the keyboard and presentation-clicker half of the presentation's controls, as pure data and one
 * function. The key help overlay lists DECK_KEYS as they are.
 */

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
