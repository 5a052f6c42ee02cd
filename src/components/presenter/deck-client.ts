/**
 * The presentation in the browser: shows one slide at a time, fits its type, keeps the slide number
 * in the URL hash, and keeps the projected window and the speaker window (?pembicara) in step over
 * a BroadcastChannel. Decisions come from src/lib/presenter; this module only touches the DOM.
 * Nothing is stored and nothing is fetched, so a loaded presentation keeps working offline.
 */
import {
	applyDeckAction,
	deckActionForKey,
	formatElapsed,
	formatSlideHash,
	parseDeckMessage,
	parseSlideHash,
	type DeckAction,
	type DeckEffect,
	type DeckMessage,
	type DeckState,
} from '~/lib/presenter/deck-control';
import { findFittingScale } from '~/lib/presenter/fit-scale';
import { formatLabel } from '~/lib/text/format-label';

interface DeckLabels {
	counter: string;
	announce: string;
	blackScreen: string;
	speakerNoNotes: string;
	speakerEnd: string;
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

function headingOf(slide: HTMLElement | undefined): string {
	return slide?.querySelector('.slide-title-name, h2')?.textContent?.trim() ?? '';
}

/** Copy a slide for the speaker's preview without duplicate ids or focusable copies. */
function previewOf(slide: HTMLElement): HTMLElement {
	const copy = slide.cloneNode(true) as HTMLElement;
	copy.hidden = false;
	copy.removeAttribute('aria-labelledby');
	copy.removeAttribute('data-slide');
	for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id]')]) element.removeAttribute('id');
	copy.querySelector('[data-slide-notes]')?.remove();
	return copy;
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

	let state: DeckState = { index: slideOfHash(location.hash) ?? 0, total: slides.length, isBlack: false };

	const renderSpeakerView = () => {
		const notes = document.querySelector<HTMLElement>('[data-speaker-notes-view]');
		const next = document.querySelector<HTMLElement>('[data-speaker-next]');
		const source = slides[state.index]?.querySelector<HTMLElement>('[data-slide-notes]');
		if (notes) {
			const paragraph = document.createElement('p');
			paragraph.textContent = labels.speakerNoNotes;
			notes.replaceChildren(...(source ? [...source.childNodes].map((node) => node.cloneNode(true)) : [paragraph]));
		}
		const nextSlide = slides[state.index + 1];
		if (next) {
			if (nextSlide) {
				const preview = previewOf(nextSlide);
				next.replaceChildren(preview);
				fitSlide(preview);
			} else {
				const end = document.createElement('p');
				end.className = 'speaker-end';
				end.textContent = labels.speakerEnd;
				next.replaceChildren(end);
			}
		}
	};

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
		if (announcer && shouldAnnounce) announcer.textContent = state.isBlack ? labels.blackScreen : formatLabel(labels.announce, values);
		if (location.hash !== formatSlideHash(state.index)) {
			history.replaceState(history.state, '', `${location.pathname}${location.search}${formatSlideHash(state.index)}`);
		}
		if (isSpeakerView) renderSpeakerView();
	};

	const post = (message: DeckMessage) => channel?.postMessage(message);

	const runEffect = (effect: DeckEffect) => {
		if (isSpeakerView) return;
		if (effect === 'exit') {
			location.assign(readingHref);
		} else if (effect === 'toggle-fullscreen') {
			const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
			request?.catch(() => undefined);
		} else {
			const url = `${location.pathname}?pembicara${formatSlideHash(state.index)}`;
			window.open(url, 'netralitas-pembicara', 'popup=yes,width=1280,height=800');
		}
	};

	const perform = (action: DeckAction) => {
		const result = applyDeckAction(state, action);
		const hasChanged = result.state.index !== state.index || result.state.isBlack !== state.isBlack;
		state = result.state;
		if (hasChanged) {
			render(true);
			post({ type: 'position', index: state.index, isBlack: state.isBlack });
		}
		if (result.effect) runEffect(result.effect);
	};

	document.addEventListener('keydown', (event) => {
		if (event.defaultPrevented || isActivation(event)) return;
		if (event.key === 'Escape' && isEditable(event.target)) {
			// Leave the field so the clicker works again; Esc never leaves the presentation from a field.
			(event.target as HTMLElement).blur();
			event.preventDefault();
			return;
		}
		const action = deckActionForKey({
			key: event.key,
			shiftKey: event.shiftKey,
			ctrlKey: event.ctrlKey,
			altKey: event.altKey,
			metaKey: event.metaKey,
			isEditing: isEditable(event.target),
		});
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
		state = { ...state, index, isBlack: false };
		render(true);
		post({ type: 'position', index: state.index, isBlack: state.isBlack });
	});

	window.addEventListener('resize', () => {
		const current = slides[state.index];
		if (current) fitSlide(current);
		if (isSpeakerView) renderSpeakerView();
	});

	channel?.addEventListener('message', (event) => {
		const message = parseDeckMessage(event.data);
		if (!message) return;
		if (message.type === 'hello') {
			if (!isSpeakerView) post({ type: 'position', index: state.index, isBlack: state.isBlack });
			return;
		}
		if (message.index >= state.total) return;
		state = { ...state, index: message.index, isBlack: message.isBlack };
		render(false);
	});

	if (isSpeakerView) {
		const panel = document.querySelector<HTMLElement>('[data-speaker-panel]');
		if (panel) panel.hidden = false;
		const elapsed = document.querySelector<HTMLElement>('[data-speaker-elapsed]');
		let startedAt = Date.now();
		const tick = () => {
			if (elapsed) elapsed.textContent = formatElapsed(Date.now() - startedAt);
		};
		document.querySelector('[data-speaker-reset]')?.addEventListener('click', () => {
			startedAt = Date.now();
			tick();
		});
		setInterval(tick, 1000);
		post({ type: 'hello' });
	}

	deck.dataset.ready = '';
	render(false);
}
