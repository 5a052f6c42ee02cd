/**
 * The presentation in the browser: shows one slide at a time, fits its type, keeps the slide number
 * in the URL hash, opens the overview, go-to and key-help overlays, and keeps the projected window
 * and the speaker window (?pembicara) in step over a BroadcastChannel: a key pressed in either
 * window moves both. Decisions come from src/lib/presenter; this module only touches the DOM.
 * Nothing is fetched, so a loaded presentation keeps working offline.
 */
import { formatSlideHash, parseDeckMessage, parseSlideHash, type DeckMessage } from '~/lib/presenter/deck-address';
import { applyDeckAction, createDeckState, goToSlide, type DeckAction, type DeckEffect, type DeckMode, type DeckResult, type DeckState } from '~/lib/presenter/deck-control';
import { deckActionForKey } from '~/lib/presenter/deck-keys';
import { findFittingScale } from '~/lib/presenter/fit-scale';
import { formatLabel } from '~/lib/text/format-label';
import { createDeckOverlays, type OverlayLabels } from './deck-overlays';
import { headingOf } from './slide-preview';
import { startSpeakerView, type SpeakerLabels } from './speaker-view';

interface DeckLabels extends SpeakerLabels, OverlayLabels {
	counter: string;
	announce: string;
	blackScreen: string;
	typedNumber: string;
	noSuchSlide: string;
}

/** Shrink a slide's type until it fits its box (see fit-scale.ts for the budget). */
function fitSlide(slide: HTMLElement): void {
	const result = findFittingScale((scale) => {
		slide.style.setProperty('--fit', String(scale));
		return slide.scrollHeight <= slide.clientHeight + 1 && slide.scrollWidth <= slide.clientWidth + 1;
	});
	slide.toggleAttribute('data-overfull', !result.isWithinBudget);
}

function isEditable(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Space and Enter belong to a focused button, link or summary: they activate it. */
function isActivation(event: KeyboardEvent): boolean {
	return (event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLElement && event.target.matches('a, button, summary');
}

export function startDeck(): void {
	const deck = document.querySelector<HTMLElement>('[data-deck]');
	if (!deck) return;
	const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
	const labels = JSON.parse(deck.dataset.labels ?? '{}') as DeckLabels;
	const readingHref = deck.dataset.readingHref ?? '/';
	const isSpeakerView = document.documentElement.classList.contains('is-speaker');
	const counter = document.querySelector<HTMLElement>('[data-deck-counter]');
	const progress = document.querySelector<HTMLElement>('[data-deck-progress]');
	const black = document.querySelector<HTMLElement>('[data-deck-black]');
	const typed = document.querySelector<HTMLElement>('[data-deck-typed]');
	const announcer = document.querySelector<HTMLElement>('[data-deck-announcer]');
	const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`netralitas-presentasi:${location.pathname}`) : undefined;

	/** The slide holding an element id ("#arti-netralitas"), so links to a section land on its slide. */
	const slideOfHash = (hash: string): number | undefined => {
		const byNumber = parseSlideHash(hash, slides.length);
		if (byNumber !== undefined) return byNumber;
		const id = decodeURIComponent(hash.slice(1));
		const target = id ? document.getElementById(id) : null;
		const slide = target?.closest<HTMLElement>('[data-slide]');
		return slide ? slides.indexOf(slide) : undefined;
	};

	let state: DeckState = createDeckState(slideOfHash(location.hash) ?? 0, slides.length);
	let rejectedUntil = 0;

	const post = (message: DeckMessage) => channel?.postMessage(message);
	const postPosition = () => post({ type: 'position', index: state.index, isBlack: state.isBlack });

	const render = (shouldAnnounce: boolean) => {
		slides.forEach((slide, index) => {
			slide.hidden = index !== state.index;
		});
		const current = slides[state.index];
		if (current) fitSlide(current);
		const values = { current: state.index + 1, total: state.total, heading: headingOf(current) };
		if (counter) {
			counter.textContent = `${values.current} / ${values.total}`;
			counter.title = formatLabel(labels.counter, values);
		}
		progress?.style.setProperty('--progress', String(state.total > 1 ? state.index / (state.total - 1) : 1));
		if (black) black.hidden = !state.isBlack;
		document.documentElement.toggleAttribute('data-black', state.isBlack);
		if (typed && Date.now() > rejectedUntil) {
			typed.hidden = !state.typed;
			typed.textContent = state.typed ? formatLabel(labels.typedNumber, { number: state.typed }) : '';
		}
		if (announcer && shouldAnnounce) announcer.textContent = state.isBlack ? labels.blackScreen : formatLabel(labels.announce, values);
		if (location.hash !== formatSlideHash(state.index)) {
			history.replaceState(history.state, '', `${location.pathname}${location.search}${formatSlideHash(state.index)}`);
		}
		overlays.sync(state);
		speaker?.render(state);
	};

	/** Take a new state; tell the other window when the slide or the black screen changed. */
	const commit = (next: DeckState) => {
		const hasMoved = next.index !== state.index || next.isBlack !== state.isBlack;
		const hasChanged = hasMoved || next.mode !== state.mode || next.typed !== state.typed || next.selected !== state.selected;
		state = next;
		if (hasChanged) render(hasMoved);
		if (hasMoved) postPosition();
	};

	const overlays = createDeckOverlays(slides, labels, {
		onPick: (index) => commit(goToSlide(state, index)),
		onClose: (mode: DeckMode) => {
			if (state.mode === mode) commit({ ...state, mode: 'slides', selected: state.index });
		},
	});
	const speaker = isSpeakerView ? startSpeakerView(slides, labels) : undefined;

	const showRejected = (number: number) => {
		const message = formatLabel(labels.noSuchSlide, { number, total: state.total });
		if (announcer) announcer.textContent = message;
		if (!typed) return;
		typed.hidden = false;
		typed.textContent = message;
		rejectedUntil = Date.now() + 2500;
		setTimeout(() => {
			if (Date.now() >= rejectedUntil) render(false);
		}, 2600);
	};

	/** Back to reading; a speaker window opened by the deck closes instead (a browser refuses to close others). */
	const leave = () => {
		if (isSpeakerView) {
			window.close();
			setTimeout(() => location.assign(readingHref), 200);
		} else {
			location.assign(readingHref);
		}
	};

	const runEffect = (effect: DeckEffect) => {
		if (effect === 'exit') {
			// Leaving from either window ends the presentation in both.
			post({ type: 'exit' });
			leave();
		} else if (effect === 'toggle-fullscreen') {
			if (isSpeakerView) return;
			const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
			request?.catch(() => undefined);
		} else if (!isSpeakerView) {
			const url = `${location.pathname}?pembicara${formatSlideHash(state.index)}`;
			window.open(url, 'netralitas-pembicara', 'popup=yes,width=1280,height=800');
		}
	};

	const perform = (action: DeckAction) => {
		const result: DeckResult = applyDeckAction(state, action, { columns: overlays.columns() });
		commit(result.state);
		if (result.rejectedNumber !== undefined) showRejected(result.rejectedNumber);
		if (result.effect) runEffect(result.effect);
	};

	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || isActivation(event)) return;
		if (event.key === 'Escape' && state.mode !== 'slides') {
			// Close the overlay here rather than wait for the dialog's own close event, so a quick
			// second Esc already finds the deck on its slides and leaves as it should.
			event.preventDefault();
			perform('cancel');
			return;
		}
		if (event.key === 'Escape' && isEditable(event.target)) {
			// Leave the field so the clicker works again; Esc never leaves the presentation from a field.
			(event.target as HTMLElement).blur();
			event.preventDefault();
			return;
		}
		const action = deckActionForKey(
			{
				key: event.key,
				shiftKey: event.shiftKey,
				ctrlKey: event.ctrlKey,
				altKey: event.altKey,
				metaKey: event.metaKey,
				isEditing: isEditable(event.target),
			},
			state.mode,
		);
		if (!action) return;
		event.preventDefault();
		perform(action);
	});

	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-deck-action]')) {
		button.addEventListener('click', () => perform(button.dataset.deckAction as DeckAction));
	}

	window.addEventListener('hashchange', () => {
		const index = slideOfHash(location.hash);
		if (index === undefined || index === state.index) return;
		commit(goToSlide(state, index));
	});

	window.addEventListener('resize', () => {
		const current = slides[state.index];
		if (current) fitSlide(current);
	});

	channel?.addEventListener('message', (event) => {
		const message = parseDeckMessage(event.data);
		if (!message) return;
		if (message.type === 'hello') {
			if (!isSpeakerView) postPosition();
			return;
		}
		if (message.type === 'exit') {
			leave();
			return;
		}
		if (message.index >= state.total) return;
		state = { ...state, index: message.index, isBlack: message.isBlack, selected: state.mode === 'overview' ? state.selected : message.index };
		render(false);
	});

	if (isSpeakerView) post({ type: 'hello' });
	deck.dataset.ready = '';
	render(false);
}
