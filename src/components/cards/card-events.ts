/**
 * The seam between the cards and the organiser's ikrar events: which events on this device have an
 * expected list, and who is on it, in list order (card n is the n-th person).
 */
import type { CardParticipant } from '~/lib/cards/card-holders';
import { loadEvents } from '~/lib/pledge/event-store';
import { findBrowserStorage } from '~/lib/storage/browser-storage';

export interface CardEvent {
	code: string;
	name: string;
	participants: CardParticipant[];
}

/** List the events kept on this device that have an expected list. */
export function listCardEvents(): CardEvent[] {
	return loadEvents(findBrowserStorage())
		.events.filter((event) => event.expected.length > 0)
		.map(({ code, name, expected }) => ({ code, name, participants: expected }));
}

/** Find an event by its code (`?acara=`), for the hall quiz and the roster. */
export function findCardEvent(code: string | undefined): CardEvent | undefined {
	return code ? listCardEvents().find((event) => event.code === code) : undefined;
}
