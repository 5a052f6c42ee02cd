import type { Element } from 'hast';
import { childElements, textOf, type HtmlNode } from './html-tree';

/**
 * How many lines of body text a block takes on a slide at full type size: an estimate from its
 * text length and kind, which the slide plan packs by and the browser then fine-tunes (fit-scale.ts).
 */

/** Lines a run of text takes at a given width, at least one. */
export function linesOf(text: string, charsPerLine: number): number {
	return text ? Math.max(1, Math.ceil(text.length / Math.max(charsPerLine, 10))) : 0;
}

/** Rows of a table, with the header parts kept apart so a split table repeats them. */
export function tableParts(table: Element): { head: Element[]; rows: Element[] } {
	const head = childElements(table, 'caption', 'colgroup', 'thead');
	const rows = childElements(table, 'tbody', 'tr').flatMap((part) => (part.tagName === 'tbody' ? childElements(part, 'tr') : [part]));
	return { head, rows };
}

/** Lines a table row takes: auto-sized columns share the width roughly by how much text each holds. */
export function rowLines(row: Element, charsPerLine: number): number {
	const total = childElements(row, 'td', 'th').reduce((sum, cell) => sum + textOf(cell).length, 0);
	return Math.max(1, Math.ceil(total / (charsPerLine * 0.85))) + 0.4;
}

export function itemLines(item: Element, charsPerLine: number): number {
	return linesOf(textOf(item), charsPerLine - 4) + 0.25;
}

/** Estimate the lines a block takes on a slide, margins included. */
export function estimateLines(node: HtmlNode, charsPerLine: number): number {
	const text = textOf(node);
	if (node.type === 'text') return linesOf(text, charsPerLine) + 0.5;
	switch (node.tagName) {
		case 'ul':
		case 'ol':
			return childElements(node, 'li').reduce((sum, item) => sum + itemLines(item, charsPerLine), 0.5);
		case 'blockquote':
			return linesOf(text, charsPerLine - 8) + 1;
		case 'aside':
			return linesOf(text, charsPerLine - 6) + 2;
		case 'table':
			return tableParts(node).rows.reduce((sum, row) => sum + rowLines(row, charsPerLine), 2);
		case 'h3':
		case 'h4':
		case 'h5':
		case 'h6':
			return linesOf(text, charsPerLine * 0.8) * 1.3 + 0.6;
		default:
			return linesOf(text, charsPerLine) + 0.5;
	}
}

