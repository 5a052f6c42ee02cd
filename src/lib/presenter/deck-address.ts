/**
 * Where a deck is, as text that crosses a boundary: the slide number in the URL hash and in the
 * go-to form, and the messages the projected window and the speaker window post to each other.
 * Everything read from outside is checked, since a hand-typed URL or another tab may send anything.
 */

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
