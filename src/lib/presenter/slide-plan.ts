import type { Element, ElementContent } from 'hast';
import { childElements, isElement, textOf, toHtmlString, withChildren, type HtmlNode } from './html-tree';
import { readSections, type SlideHeading } from './page-sections';
import { estimateLines, itemLines, rowLines, tableParts } from './slide-lines';

/**
 * Cut a rendered page into slides at build time: every h2 section becomes a slide, content before
 * the first h2 becomes an introduction slide, speaker notes move out of the content, and a section
 * too long for one screen is split over several slides ("lanjutan"). The page is read into its
 * sections once (page-sections.ts); blocks are tree nodes, and a split list or table is a new node
 * built from the original's children. Lengths are estimated in lines of body text at full type size
 * (slide-lines.ts); the browser then fine-tunes the type (fit-scale.ts).
 */

export interface PlannedSlide {
	/** The section's heading; undefined for the introduction before the first h2. */
	heading: SlideHeading | undefined;
	/** 1-based part of a section split over several slides, and the number of parts. */
	part: number;
	parts: number;
	/** HTML of each content block, in order. */
	blocks: string[];
	/** HTML of all content blocks together: what the slide body shows. */
	html: string;
	/** Inner HTML of each speaker-notes element of the section; all on its first part. */
	notes: string[];
	/** All of the slide's notes as one piece of HTML; empty when it has none. */
	notesHtml: string;
	/** Estimated height in lines of body text. */
	lines: number;
}

export interface SlidePlanOptions {
	/** Lines of body text one slide holds at full type size. */
	capacity: number;
	/** Characters per line of body text at full type size. */
	charsPerLine: number;
}

/** Measured on 1920x1080 and 1280x720 in Chromium with the presentation stylesheet. */
export const SLIDE_PLAN: SlidePlanOptions = { capacity: 16, charsPerLine: 80 };

interface Block {
	node: HtmlNode;
	lines: number;
	/** Set on content that introduces what follows (a subheading, a sentence ending in ":"). */
	keepWithNext: boolean;
}

function toBlock(node: HtmlNode, options: SlidePlanOptions): Block {
	const isLeadIn = isElement(node, 'h3', 'h4', 'h5', 'h6') || (isElement(node, 'p') && /:\s*$/.test(textOf(node)));
	return { node, lines: estimateLines(node, options.charsPerLine), keepWithNext: isLeadIn };
}

/** Split one block that cannot fit a slide on its own: lists by item, tables by row. */
function splitOversized(block: Block, options: SlidePlanOptions): Block[] {
	if (block.lines <= options.capacity) return [block];
	const { node } = block;
	if (isElement(node, 'ul', 'ol')) {
		const items = childElements(node, 'li');
		const start = Number(node.properties.start ?? 1) || 1;
		const chunks = packByWeight(items, (item) => itemLines(item, options.charsPerLine), options.capacity - 0.5);
		let offset = 0;
		return chunks.map((chunk) => {
			// An ordered list continued on the next slide numbers on from where the last part stopped.
			const properties = node.tagName === 'ol' && offset > 0 ? { ...node.properties, start: start + offset } : node.properties;
			offset += chunk.length;
			const part = withChildren(node, chunk, properties);
			return { node: part, lines: chunk.reduce((sum, item) => sum + itemLines(item, options.charsPerLine), 0.5), keepWithNext: false };
		});
	}
	if (isElement(node, 'table')) {
		const { head, rows } = tableParts(node);
		const chunks = packByWeight(rows, (row) => rowLines(row, options.charsPerLine), options.capacity - 2);
		return chunks.map((chunk) => {
			const body: Element = { type: 'element', tagName: 'tbody', properties: {}, children: chunk };
			const part = withChildren(node, [...head, body] as ElementContent[]);
			return { node: part, lines: chunk.reduce((sum, row) => sum + rowLines(row, options.charsPerLine), 2), keepWithNext: false };
		});
	}
	return [block];
}

/** Greedy packing of items into groups of at most `limit` (an item heavier than the limit gets a group alone). */
function packByWeight<T>(items: readonly T[], weightOf: (item: T) => number, limit: number): T[][] {
	const groups: T[][] = [];
	let group: T[] = [];
	let weight = 0;
	for (const item of items) {
		const itemWeight = weightOf(item);
		if (group.length > 0 && weight + itemWeight > limit) {
			groups.push(group);
			group = [];
			weight = 0;
		}
		group.push(item);
		weight += itemWeight;
	}
	if (group.length > 0) groups.push(group);
	return groups;
}

/**
 * Pack blocks into as few slides as the capacity allows, then even them out: the smallest limit
 * that needs no more slides wins, so a long section splits 8 + 7 rather than 13 + 2.
 */
function packBalanced<T>(items: readonly T[], weightOf: (item: T) => number, capacity: number): T[][] {
	const fewest = packByWeight(items, weightOf, capacity);
	if (fewest.length <= 1) return fewest;
	const heaviest = Math.max(...items.map(weightOf));
	let low = heaviest;
	let high = capacity;
	for (let round = 0; round < 20 && high - low > 0.1; round++) {
		const middle = (low + high) / 2;
		if (packByWeight(items, weightOf, middle).length <= fewest.length) high = middle;
		else low = middle;
	}
	return packByWeight(items, weightOf, high);
}

/** Join a lead-in (subheading, "for example:") with the block it introduces so a slide never ends on it. */
function joinLeadIns(blocks: readonly Block[]): Block[][] {
	const units: Block[][] = [];
	let pending: Block[] = [];
	for (const block of blocks) {
		pending.push(block);
		if (!block.keepWithNext) {
			units.push(pending);
			pending = [];
		}
	}
	if (pending.length > 0) units.push(pending);
	return units;
}

/** Plan the slides of a rendered page's content (title slide excluded). */
export function planSlides(contentHtml: string, options: SlidePlanOptions = SLIDE_PLAN): PlannedSlide[] {
	return readSections(contentHtml).flatMap((section) => {
		const blocks = section.nodes.map((node) => toBlock(node, options)).flatMap((block) => splitOversized(block, options));
		const units = joinLeadIns(blocks);
		const unitLines = (unit: Block[]) => unit.reduce((sum, block) => sum + block.lines, 0);
		const groups = units.length > 0 ? packBalanced(units, unitLines, options.capacity) : [[]];
		const notes = section.notes.map((element) => toHtmlString(element.children).trim());
		const notesHtml = toHtmlString(section.notes.flatMap((element) => element.children)).trim();
		return groups.map((group, index) => {
			const nodes = group.flat().map((block) => block.node);
			return {
				heading: section.heading,
				part: index + 1,
				parts: groups.length,
				blocks: nodes.map((node) => toHtmlString([node])),
				html: toHtmlString(nodes),
				notes: index === 0 ? notes : [],
				notesHtml: index === 0 ? notesHtml : '',
				lines: group.reduce((sum, unit) => sum + unitLines(unit), 0),
			};
		});
	});
}
