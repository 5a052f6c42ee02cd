import { describe, expect, test } from 'vitest';
import { formatSlideHash, parseDeckMessage, parseSlideHash, parseSlideNumber } from '~/lib/presenter/deck-address';
import { applyDeckAction, createDeckState, goToSlide, type DeckState } from '~/lib/presenter/deck-control';
import { DECK_KEYS, deckActionForKey } from '~/lib/presenter/deck-keys';
import { deckKeyLabels, deckKeyNames } from '~/config/ui-strings';

describe('deckActionForKey', () => {
	test.each([
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'previous'],
		['ArrowUp', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['b', 'toggle-black'],
		['B', 'toggle-black'],
		['.', 'toggle-black'],
		['f', 'toggle-fullscreen'],
		['F', 'toggle-fullscreen'],
		['Escape', 'exit'],
		['s', 'open-speaker-view'],
		['o', 'toggle-overview'],
		['O', 'toggle-overview'],
		['g', 'open-go-to'],
		['?', 'toggle-help'],
		['5', 'digit-5'],
		['Enter', 'confirm'],
		['Backspace', 'erase'],
	])('maps %j to %s', (key, action) => {
		expect(deckActionForKey({ key })).toBe(action);
	});

	test('reads Shift+Space as previous, as reveal.js does', () => {
		expect(deckActionForKey({ key: ' ', shiftKey: true })).toBe('previous');
	});

	test('leaves browser shortcuts alone: Ctrl, Alt and Meta combinations are not ours', () => {
		expect(deckActionForKey({ key: 'f', ctrlKey: true })).toBeUndefined();
		expect(deckActionForKey({ key: 'ArrowLeft', altKey: true })).toBeUndefined();
		expect(deckActionForKey({ key: 's', metaKey: true })).toBeUndefined();
	});

	test('leaves keys to a text field while the presenter types in it', () => {
		expect(deckActionForKey({ key: 'ArrowRight', isEditing: true })).toBeUndefined();
		expect(deckActionForKey({ key: 'b', isEditing: true })).toBeUndefined();
	});

	test('ignores keys it does not know', () => {
		expect(deckActionForKey({ key: 'x' })).toBeUndefined();
		expect(deckActionForKey({ key: 'Tab' })).toBeUndefined();
	});
});

describe('deckActionForKey in an overlay', () => {
	test('moves the overview highlight with the arrows instead of the slide', () => {
		expect(deckActionForKey({ key: 'ArrowRight' }, 'overview')).toBe('select-right');
		expect(deckActionForKey({ key: 'ArrowUp' }, 'overview')).toBe('select-up');
		expect(deckActionForKey({ key: 'End' }, 'overview')).toBe('select-last');
		expect(deckActionForKey({ key: 'Enter' }, 'overview')).toBe('confirm');
		expect(deckActionForKey({ key: 'Escape' }, 'overview')).toBe('cancel');
		expect(deckActionForKey({ key: 'o' }, 'overview')).toBe('toggle-overview');
	});

	test('closes the key help with Esc or ?, and leaves other keys alone', () => {
		expect(deckActionForKey({ key: 'Escape' }, 'help')).toBe('cancel');
		expect(deckActionForKey({ key: '?' }, 'help')).toBe('cancel');
		expect(deckActionForKey({ key: 'ArrowRight' }, 'help')).toBeUndefined();
	});
});

describe('DECK_KEYS, the key help', () => {
	test('lists every key the deck answers to, each with a label and a readable name', () => {
		const listed = new Set(DECK_KEYS.flatMap((row) => row.keys));
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Home', 'End', 'b', '.', 'f', 'Escape', 's', 'o', 'g', '?', 'Enter']) {
			expect(listed, key).toContain(key);
			expect(deckActionForKey({ key }), key).toBeDefined();
		}
		for (const row of DECK_KEYS) {
			expect(deckKeyLabels[row.action as keyof typeof deckKeyLabels], row.action).toBeTruthy();
			for (const key of row.keys) expect(key.length === 1 || deckKeyNames[key] !== undefined, key).toBe(true);
		}
	});
});

describe('applyDeckAction', () => {
	const at = (index: number, isBlack = false): DeckState => ({ ...createDeckState(index, 5), isBlack });

	test('moves one slide forward and back', () => {
		expect(applyDeckAction(at(2), 'next').state.index).toBe(3);
		expect(applyDeckAction(at(2), 'previous').state.index).toBe(1);
	});

	test('stops at the first and the last slide', () => {
		expect(applyDeckAction(at(4), 'next').state.index).toBe(4);
		expect(applyDeckAction(at(0), 'previous').state.index).toBe(0);
	});

	test('jumps to the first and the last slide', () => {
		expect(applyDeckAction(at(3), 'first').state.index).toBe(0);
		expect(applyDeckAction(at(1), 'last').state.index).toBe(4);
	});

	test('blacks the screen out and brings it back', () => {
		const black = applyDeckAction(at(2), 'toggle-black').state;
		expect(black).toEqual(at(2, true));
		expect(applyDeckAction(black, 'toggle-black').state).toEqual(at(2));
	});

	test('lifts the black screen on a move without changing the slide', () => {
		expect(applyDeckAction(at(2, true), 'next')).toEqual({ state: at(2) });
		expect(applyDeckAction(at(2, true), 'last')).toEqual({ state: at(2) });
	});

	test('lifts the black screen on Esc instead of leaving the presentation', () => {
		expect(applyDeckAction(at(2, true), 'exit')).toEqual({ state: at(2) });
	});

	test('asks the page to leave, go full screen or open the speaker window, keeping the state', () => {
		expect(applyDeckAction(at(2), 'exit')).toEqual({ state: at(2), effect: 'exit' });
		expect(applyDeckAction(at(2), 'toggle-fullscreen')).toEqual({ state: at(2), effect: 'toggle-fullscreen' });
		expect(applyDeckAction(at(2), 'open-speaker-view')).toEqual({ state: at(2), effect: 'open-speaker-view' });
	});

	test('keeps an empty deck at index 0', () => {
		expect(applyDeckAction(createDeckState(0, 0), 'last').state.index).toBe(0);
	});
});

describe('go to a slide by number', () => {
	const at = (index: number): DeckState => createDeckState(index, 12);
	const press = (state: DeckState, ...actions: Parameters<typeof applyDeckAction>[1][]) =>
		actions.reduce((current, action) => applyDeckAction(current, action).state, state);

	test('jumps to the slide typed as digits and then Enter', () => {
		expect(press(at(0), 'digit-1', 'digit-1', 'confirm')).toEqual(at(10));
		expect(press(at(3), 'digit-5', 'confirm').index).toBe(4);
	});

	test('Enter with nothing typed does nothing', () => {
		expect(applyDeckAction(at(3), 'confirm')).toEqual({ state: at(3) });
	});

	test('rejects a number outside the deck, says which, and stays put', () => {
		const typed = press(at(3), 'digit-4', 'digit-0');
		expect(applyDeckAction(typed, 'confirm')).toEqual({ state: at(3), rejectedNumber: 40 });
	});

	test('Backspace takes back a digit and Esc drops the number before it would leave', () => {
		expect(press(at(0), 'digit-1', 'digit-2', 'erase').typed).toBe('1');
		expect(applyDeckAction(press(at(2), 'digit-7'), 'exit')).toEqual({ state: at(2) });
	});

	test('a move drops what was typed', () => {
		expect(press(at(2), 'digit-9', 'next')).toEqual(at(3));
	});

	test('G opens the go-to form, which closes on Esc', () => {
		const open = press(at(2), 'open-go-to');
		expect(open.mode).toBe('go-to');
		expect(press(open, 'cancel')).toEqual(at(2));
	});

	test('goToSlide shows the slide, closes any overlay and lifts a black screen', () => {
		expect(goToSlide({ ...at(1), isBlack: true, mode: 'overview', typed: '3' }, 7)).toEqual(at(7));
		expect(goToSlide(at(1), 99).index).toBe(11);
	});

	test('parseSlideNumber reads what the go-to form holds', () => {
		expect(parseSlideNumber(' 7 ', 12)).toBe(6);
		expect(parseSlideNumber('0', 12)).toBeUndefined();
		expect(parseSlideNumber('13', 12)).toBeUndefined();
		expect(parseSlideNumber('3a', 12)).toBeUndefined();
		expect(parseSlideNumber('', 12)).toBeUndefined();
	});
});

describe('the overview', () => {
	const at = (index: number): DeckState => createDeckState(index, 10);
	const press = (state: DeckState, ...actions: Parameters<typeof applyDeckAction>[1][]) =>
		actions.reduce((current, action) => applyDeckAction(current, action, { columns: 4 }).state, state);

	test('O opens it with the slide on screen highlighted, and O or Esc closes it on the same slide', () => {
		const open = press(at(5), 'toggle-overview');
		expect(open).toMatchObject({ mode: 'overview', selected: 5, index: 5 });
		expect(press(open, 'select-right', 'toggle-overview')).toEqual(at(5));
		expect(press(open, 'select-right', 'cancel')).toEqual(at(5));
	});

	test('the arrows move the highlight by one, and up and down by a row of the grid', () => {
		const open = press(at(5), 'toggle-overview');
		expect(press(open, 'select-right').selected).toBe(6);
		expect(press(open, 'select-left').selected).toBe(4);
		expect(press(open, 'select-down').selected).toBe(9);
		expect(press(open, 'select-up').selected).toBe(1);
		expect(press(open, 'select-down', 'select-down').selected).toBe(9);
		expect(press(open, 'select-first').selected).toBe(0);
		expect(press(open, 'select-last').selected).toBe(9);
		expect(press(open, 'select-last', 'select-right').selected).toBe(9);
	});

	test('Enter shows the highlighted slide and closes the overview', () => {
		expect(press(at(1), 'toggle-overview', 'select-down', 'select-right', 'confirm')).toEqual(at(6));
	});

	test('moves never change the slide underneath while it is open', () => {
		expect(press(at(1), 'toggle-overview', 'next', 'last').index).toBe(1);
	});

	test('? opens the key help and Esc closes it', () => {
		const help = press(at(2), 'toggle-help');
		expect(help.mode).toBe('help');
		expect(press(help, 'cancel')).toEqual(at(2));
	});
});

describe('parseSlideHash and formatSlideHash', () => {
	test('count slides from 1 in the URL and from 0 in code', () => {
		expect(formatSlideHash(0)).toBe('#1');
		expect(parseSlideHash('#1', 5)).toBe(0);
		expect(parseSlideHash('#5', 5)).toBe(4);
	});

	test('round-trip every slide', () => {
		for (let index = 0; index < 12; index++) expect(parseSlideHash(formatSlideHash(index), 12)).toBe(index);
	});

	test('accept the reveal.js form "#/3"', () => {
		expect(parseSlideHash('#/3', 5)).toBe(2);
	});

	test('reject numbers outside the deck and anything that is not a slide number', () => {
		expect(parseSlideHash('#0', 5)).toBeUndefined();
		expect(parseSlideHash('#6', 5)).toBeUndefined();
		expect(parseSlideHash('', 5)).toBeUndefined();
		expect(parseSlideHash('#arti-netralitas', 5)).toBeUndefined();
		expect(parseSlideHash('#2a', 5)).toBeUndefined();
	});
});

describe('parseDeckMessage', () => {
	test('accepts a position, a hello and an exit', () => {
		expect(parseDeckMessage({ type: 'position', index: 3, isBlack: false })).toEqual({ type: 'position', index: 3, isBlack: false });
		expect(parseDeckMessage({ type: 'hello' })).toEqual({ type: 'hello' });
		expect(parseDeckMessage({ type: 'exit', extra: 1 })).toEqual({ type: 'exit' });
	});

	test('drops anything malformed', () => {
		expect(parseDeckMessage(null)).toBeUndefined();
		expect(parseDeckMessage('position')).toBeUndefined();
		expect(parseDeckMessage({ type: 'position', index: '3', isBlack: false })).toBeUndefined();
		expect(parseDeckMessage({ type: 'position', index: 1.5, isBlack: false })).toBeUndefined();
		expect(parseDeckMessage({ type: 'position', index: 1 })).toBeUndefined();
		expect(parseDeckMessage({ type: 'other' })).toBeUndefined();
	});
});
