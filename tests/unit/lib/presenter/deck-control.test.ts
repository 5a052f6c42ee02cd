import { describe, expect, test } from 'vitest';
import {
	applyDeckAction,
	deckActionForKey,
	formatElapsed,
	formatSlideHash,
	parseDeckMessage,
	parseSlideHash,
	type DeckState,
} from '~/lib/presenter/deck-control';

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

describe('applyDeckAction', () => {
	const at = (index: number, isBlack = false): DeckState => ({ index, total: 5, isBlack });

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
		expect(applyDeckAction({ index: 0, total: 0, isBlack: false }, 'last').state.index).toBe(0);
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
	test('accepts a position and a hello', () => {
		expect(parseDeckMessage({ type: 'position', index: 3, isBlack: false })).toEqual({ type: 'position', index: 3, isBlack: false });
		expect(parseDeckMessage({ type: 'hello' })).toEqual({ type: 'hello' });
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

describe('formatElapsed', () => {
	test('shows minutes and seconds', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(4 * 60_000 + 7_000)).toBe('4:07');
		expect(formatElapsed(59_999)).toBe('0:59');
	});

	test('adds hours past an hour', () => {
		expect(formatElapsed(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
	});

	test('never shows a negative time', () => {
		expect(formatElapsed(-5_000)).toBe('0:00');
	});
});
