/**
 * The speaker window (?pembicara) in the browser: the notes of the slide on screen, the next slide
 * at reading size, the clock, the session's elapsed time and countdown, and the pacing cue. The
 * deck itself is the current slide. Times and pacing come from src/lib/presenter/speaker-clock.ts;
 * the session start is kept on the device (speaker-timer-store.ts) so a reload keeps counting.
 */
import type { DeckState } from '~/lib/presenter/deck-control';
import { assessPace, describeCountdown, formatClockTime, formatElapsed, parseCountdownMinutes } from '~/lib/presenter/speaker-clock';
import { loadSpeakerTimer, restartSpeakerTimer, type SpeakerTimer } from '~/lib/presenter/speaker-timer-store';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { formatLabel } from '~/lib/text/format-label';
import { previewOf } from './slide-preview';

export interface SpeakerLabels {
	speakerNoNotes: string;
	speakerEnd: string;
	speakerCountdownUnset: string;
	speakerCountdownInvalid: string;
	paceUnset: string;
	paceOnTrack: string;
	paceAhead: string;
	paceBehind: string;
	paceOver: string;
}

function paragraph(text: string, className?: string): HTMLParagraphElement {
	const element = document.createElement('p');
	element.textContent = text;
	if (className) element.className = className;
	return element;
}

export function startSpeakerView(slides: readonly HTMLElement[], labels: SpeakerLabels): { render(state: DeckState): void } {
	const panel = document.querySelector<HTMLElement>('[data-speaker-panel]');
	if (panel) panel.hidden = false;
	const notes = document.querySelector<HTMLElement>('[data-speaker-notes-view]');
	const next = document.querySelector<HTMLElement>('[data-speaker-next]');
	const clock = document.querySelector<HTMLElement>('[data-speaker-clock]');
	const elapsed = document.querySelector<HTMLElement>('[data-speaker-elapsed]');
	const countdown = document.querySelector<HTMLElement>('[data-speaker-countdown]');
	const pace = document.querySelector<HTMLElement>('[data-speaker-pace]');
	const form = document.querySelector<HTMLFormElement>('[data-speaker-countdown-form]');
	const minutes = document.querySelector<HTMLInputElement>('[data-speaker-minutes]');
	const minutesError = document.querySelector<HTMLElement>('[data-speaker-minutes-error]');
	const storage = findBrowserStorage();
	let timer: SpeakerTimer = loadSpeakerTimer(storage, Date.now());
	let current: DeckState | undefined;
	if (minutes && timer.durationMinutes) minutes.value = String(timer.durationMinutes);

	const tick = () => {
		const now = new Date();
		const elapsedMs = now.getTime() - timer.startedAt;
		if (clock) clock.textContent = formatClockTime(now);
		if (elapsed) elapsed.textContent = formatElapsed(elapsedMs);
		if (!countdown || !pace) return;
		if (!timer.durationMinutes) {
			countdown.textContent = labels.speakerCountdownUnset;
			countdown.removeAttribute('data-over');
			pace.textContent = labels.paceUnset;
			pace.dataset.pace = 'unset';
			return;
		}
		const durationMs = timer.durationMinutes * 60_000;
		const left = describeCountdown(durationMs, elapsedMs);
		countdown.textContent = left.text;
		countdown.toggleAttribute('data-over', left.isOver);
		if (!current) return;
		const result = assessPace({ elapsedMs, durationMs, index: current.index, total: current.total });
		const template = { 'on-track': labels.paceOnTrack, ahead: labels.paceAhead, behind: labels.paceBehind, over: labels.paceOver }[result.status];
		pace.textContent = formatLabel(template, { slides: result.slides });
		pace.dataset.pace = result.status;
	};

	form?.addEventListener('submit', (event) => {
		event.preventDefault();
		const text = minutes?.value.trim() ?? '';
		const duration = text ? parseCountdownMinutes(text) : timer.durationMinutes;
		if (duration === undefined) {
			if (minutesError) minutesError.textContent = labels.speakerCountdownInvalid;
			minutes?.setAttribute('aria-invalid', 'true');
			return;
		}
		if (minutesError) minutesError.textContent = '';
		minutes?.removeAttribute('aria-invalid');
		timer = restartSpeakerTimer(storage, Date.now(), duration);
		tick();
	});

	// Tick on the second, so the clock and the timers change together.
	setTimeout(() => {
		tick();
		setInterval(tick, 1000);
	}, 1000 - (Date.now() % 1000));
	tick();

	return {
		render(state) {
			current = state;
			const found = slides[state.index]?.querySelector<HTMLElement>('[data-slide-notes]');
			const source = found?.textContent?.trim() ? found : undefined;
			notes?.replaceChildren(...(source ? [...source.childNodes].map((node) => node.cloneNode(true)) : [paragraph(labels.speakerNoNotes, 'speaker-no-notes')]));
			const nextSlide = slides[state.index + 1];
			next?.replaceChildren(nextSlide ? previewOf(nextSlide) : paragraph(labels.speakerEnd, 'speaker-end'));
			tick();
		},
	};
}
