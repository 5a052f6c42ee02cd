import { getAttribute, hasClass, splitTopLevel, textContent, type HtmlNode } from './html-blocks';

/**
 * Cut a rendered page into slides at build time: every h2 section becomes a slide, content before
 * the first h2 becomes an introduction slide, speaker notes move out of the content, and a section
 * too long for one screen is split over several slides ("lanjutan"). Lengths are estimated in
 * lines of body text at full type size; the browser then fine-tunes the type (fit-scale.ts).
 */

export interface SlideHeading {
	/** The h2's id, kept so links to "#section" still land on its slide. */
	id: string | undefined;
	/** Inner HTML of the h2. */
	html: string;
	text: string;
}

export interface PlannedSlide {
	/** The section's heading; undefined for the introduction before the first h2. */
	heading: SlideHeading | undefined;
	/** 1-based part of a section split over several slides, and the number of parts. */
	part: number;
	parts: number;
	/** HTML of the content blocks, in order. */
	blocks: string[];
	/** Inner HTML of the speaker notes of the section; all on its first part. */
	notes: string[];
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

/** Marks a speaker-notes element in rendered content (see CatatanPembicara.astro). */
export const SPEAKER_NOTES_ATTRIBUTE = 'data-speaker-notes';

interface Block {
	html: string;
	lines: number;
	/** Set on content that introduces what follows (a subheading, a sentence ending in ":"). */
	keepWithNext: boolean;
	node: HtmlNode;
}

interface Section {
	heading: SlideHeading | undefined;
	blocks: Block[];
	notes: string[];
}

/** Lines a run of text takes at a given width, at least one. */
function linesOf(text: string, charsPerLine: number): number {
	return text ? Math.max(1, Math.ceil(text.length / Math.max(charsPerLine, 10))) : 0;
}

function childrenOf(node: HtmlNode, tag: string): HtmlNode[] {
	return splitTopLevel(node.inner).filter((child) => child.tag === tag);
}

/** Rows of a table, with the header kept apart so a split table repeats it. */
function tableParts(table: HtmlNode): { head: string; rows: HtmlNode[] } {
	const parts = splitTopLevel(table.inner);
	const head = parts.filter((part) => part.tag === 'thead' || part.tag === 'caption' || part.tag === 'colgroup').map((part) => part.html).join('');
	const rows = parts.flatMap((part) => (part.tag === 'tbody' ? childrenOf(part, 'tr') : part.tag === 'tr' ? [part] : []));
	return { head, rows };
}

/** Lines a table row takes: auto-sized columns share the width roughly by how much text each holds. */
function rowLines(row: HtmlNode, charsPerLine: number): number {
	const cells = splitTopLevel(row.inner).map((cell) => textContent(cell.inner).length);
	const total = cells.reduce((sum, length) => sum + length, 0);
	return Math.max(1, Math.ceil(total / (charsPerLine * 0.85))) + 0.4;
}

/** Estimate the lines a block takes on a slide, margins included. */
export function estimateLines(node: HtmlNode, charsPerLine: number): number {
	const text = textContent(node.inner);
	switch (node.tag) {
		case undefined:
		case 'p':
			return linesOf(text, charsPerLine) + 0.5;
		case 'ul':
		case 'ol':
			return childrenOf(node, 'li').reduce((sum, item) => sum + linesOf(textContent(item.inner), charsPerLine - 4) + 0.25, 0.5);
		case 'blockquote':
			return linesOf(text, charsPerLine - 8) + 1;
		case 'aside':
			return linesOf(text, charsPerLine - 6) + 2;
		case 'table': {
			return tableParts(node).rows.reduce((sum, row) => sum + rowLines(row, charsPerLine), 2);
		}
		case 'h3':
		case 'h4':
		case 'h5':
		case 'h6':
			return linesOf(text, charsPerLine * 0.8) * 1.3 + 0.6;
		default:
			return linesOf(text, charsPerLine) + 0.5;
	}
}

/** Headings Starlight wraps with an anchor link: `<div class="sl-heading-wrapper level-h2">`. */
function unwrapHeading(node: HtmlNode): HtmlNode {
	if (node.tag === 'div' && hasClass(node, 'sl-heading-wrapper')) {
		return splitTopLevel(node.inner).find((child) => /^h[1-6]$/.test(child.tag ?? '')) ?? node;
	}
	return node;
}

/** Top-level nodes with sections opened up, so headings nested in <section> start slides too. */
function flattenSections(nodes: readonly HtmlNode[]): HtmlNode[] {
	return nodes.flatMap((node) => (node.tag === 'section' ? flattenSections(splitTopLevel(node.inner)) : [unwrapHeading(node)]));
}

function toBlock(node: HtmlNode, options: SlidePlanOptions): Block {
	const isLeadIn = /^h[3-6]$/.test(node.tag ?? '') || (node.tag === 'p' && /:\s*$/.test(textContent(node.inner)));
	return { html: node.html, lines: estimateLines(node, options.charsPerLine), keepWithNext: isLeadIn, node };
}

/** Group nodes into sections at each h2; notes are taken out of the flow. */
function toSections(nodes: readonly HtmlNode[], options: SlidePlanOptions): Section[] {
	const sections: Section[] = [];
	let current: Section = { heading: undefined, blocks: [], notes: [] };
	for (const node of nodes) {
		if (node.tag === 'h2') {
			if (current.heading || current.blocks.length > 0 || current.notes.length > 0) sections.push(current);
			current = { heading: { id: getAttribute(node.openTag, 'id'), html: node.inner.trim(), text: textContent(node.inner) }, blocks: [], notes: [] };
		} else if (getAttribute(node.openTag, SPEAKER_NOTES_ATTRIBUTE) !== undefined) {
			current.notes.push(node.inner.trim());
		} else {
			current.blocks.push(toBlock(node, options));
		}
	}
	if (current.heading || current.blocks.length > 0 || current.notes.length > 0) sections.push(current);
	return sections;
}

/** Split one block that cannot fit a slide on its own: lists by item, tables by row. */
function splitOversized(block: Block, options: SlidePlanOptions): Block[] {
	if (block.lines <= options.capacity) return [block];
	const { node } = block;
	if (node.tag === 'ul' || node.tag === 'ol') {
		const items = childrenOf(node, 'li');
		const start = Number(getAttribute(node.openTag, 'start') ?? 1) || 1;
		const chunks = packByWeight(
			items.map((item) => ({ item, lines: linesOf(textContent(item.inner), options.charsPerLine - 4) + 0.25 })),
			(entry) => entry.lines,
			options.capacity - 0.5,
		);
		let offset = 0;
		return chunks.map((chunk) => {
			const openTag =
				node.tag === 'ol' && offset > 0
					? node.openTag.replace(/\sstart\s*=\s*("[^"]*"|'[^']*'|\S+)/, '').replace(/^<ol/i, `<ol start="${start + offset}"`)
					: node.openTag;
			offset += chunk.length;
			const html = `${openTag}${chunk.map((entry) => entry.item.html).join('')}</${node.tag}>`;
			return { html, lines: chunk.reduce((sum, entry) => sum + entry.lines, 0.5), keepWithNext: false, node: { ...node, openTag, html } };
		});
	}
	if (node.tag === 'table') {
		const { head, rows } = tableParts(node);
		const chunks = packByWeight(
			rows.map((row) => ({ row, lines: rowLines(row, options.charsPerLine) })),
			(entry) => entry.lines,
			options.capacity - 2,
		);
		return chunks.map((chunk) => {
			const html = `${node.openTag}${head}<tbody>${chunk.map((entry) => entry.row.html).join('')}</tbody></table>`;
			return { html, lines: chunk.reduce((sum, entry) => sum + entry.lines, 2), keepWithNext: false, node: { ...node, html } };
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
	const sections = toSections(flattenSections(splitTopLevel(contentHtml)), options);
	return sections.flatMap((section) => {
		const blocks = section.blocks.flatMap((block) => splitOversized(block, options));
		const units = joinLeadIns(blocks);
		const unitLines = (unit: Block[]) => unit.reduce((sum, block) => sum + block.lines, 0);
		const groups = units.length > 0 ? packBalanced(units, unitLines, options.capacity) : [[]];
		return groups.map((group, index) => ({
			heading: section.heading,
			part: index + 1,
			parts: groups.length,
			blocks: group.flat().map((block) => block.html),
			notes: index === 0 ? section.notes : [],
			lines: group.reduce((sum, unit) => sum + unitLines(unit), 0),
		}));
	});
}
