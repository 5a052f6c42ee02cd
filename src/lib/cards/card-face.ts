/**
 * What a printed answer card shows, drawn the same way on the server and in the browser: the
 * marker as one SVG path in a 12-unit square (marker 8 units, a 2-unit white margin for the
 * letters), the letter on each edge, and the line under the card with its number and holder.
 */
import { CARD_LETTERS, markerIdFromCardNumber, type CardLetter } from './card-answer';
import type { CardHolder } from './card-holders';
import { MARKER_CELLS, markerCells } from './marker-grid';

/** Card side in marker cells: the marker plus a two-cell white margin on every side. */
export const CARD_UNITS = MARKER_CELLS + 4;

/** Give the SVG path of a card's black cells, one rectangle per horizontal run, in card units. */
export function markerPath(cardNumber: number): string {
	const cells = markerCells(markerIdFromCardNumber(cardNumber));
	const offset = (CARD_UNITS - MARKER_CELLS) / 2;
	const runs: string[] = [];
	cells.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			runs.push(`M${start + offset} ${y + offset}h${x - start}v1h-${x - start}z`);
		}
	});
	return runs.join('');
}

export interface CardEdge {
	letter: CardLetter;
	/** "Boleh" on A and "Tidak boleh" on B, for Boleh/Tidak boleh questions. */
	verdict: string | undefined;
	/** Degrees the edge's text is turned so it reads upright when that edge is held on top. */
	rotation: number;
}

/** The four edges of every card, clockwise from the top. */
export function cardEdges(verdictWords: readonly [string, string]): CardEdge[] {
	return CARD_LETTERS.map((letter, index) => ({ letter, verdict: verdictWords[index], rotation: index * 90 }));
}

/** The line printed under a card: its number, and its holder when the event has a list. */
export function describeHolder(holder: CardHolder, template: { number: string; unit: string }): { number: string; name: string; unit: string } {
	const participant = holder.participant;
	return {
		number: template.number.replace('{number}', String(holder.cardNumber)),
		name: participant?.name ?? '',
		unit: participant?.unit ? template.unit.replace('{unit}', participant.unit) : '',
	};
}

/** Split cards into A4 sheets of two or four. */
export function toSheets<T>(cards: readonly T[], perSheet: 2 | 4): T[][] {
	const sheets: T[][] = [];
	for (let index = 0; index < cards.length; index += perSheet) sheets.push(cards.slice(index, index + perSheet));
	return sheets;
}
