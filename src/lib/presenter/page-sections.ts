import type { Element } from 'hast';
import { contentChildren, descendantElements, getProperty, isElement, parseFragment, textOf, toHtmlString, type HtmlNode } from './html-tree';

/**
 * A rendered page read as its h2 sections (heading, content, speaker notes), for the slide plan
 * and for matching a hall-quiz question with the lesson section it sends the room back to.
 */

export interface SlideHeading {
	/** The h2's id, kept so links to "#section" still land on its slide. */
	id: string | undefined;
	/** Inner HTML of the h2. */
	html: string;
	text: string;
}

/** Marks a speaker-notes element in rendered content (see CatatanPembicara.astro). */
export const SPEAKER_NOTES_ATTRIBUTE = 'data-speaker-notes';
/** The same attribute as hast names its property. */
const SPEAKER_NOTES_PROPERTY = 'dataSpeakerNotes';

/** One h2 section of a page: its heading, its content and its notes, as tree nodes. */
export interface PageSection {
	heading: SlideHeading | undefined;
	nodes: HtmlNode[];
	notes: Element[];
}

/** Containers that may hold a section heading and are opened up, so the heading starts a slide. */
const HEADING_CONTAINERS = ['div', 'section', 'article', 'header', 'hgroup'];

/**
 * Open up containers that hold an h2 (a <section> on law pages, the wrapper a theme puts around a
 * heading), whatever their classes, so the page reads as a flat run of headings and blocks. A link
 * that only points at a heading in the same container (a theme's "#" anchor) is dropped with it.
 */
function flattenSections(nodes: readonly HtmlNode[]): HtmlNode[] {
	return nodes.flatMap((node) => {
		if (!isElement(node, ...HEADING_CONTAINERS)) return [node];
		const inside = descendantElements(node);
		const headingIds = new Set(inside.filter((element) => element.tagName === 'h2').map((element) => getProperty(element, 'id') ?? ''));
		if (headingIds.size === 0) return [node];
		const isSelfAnchor = (child: HtmlNode) => {
			if (!isElement(child, 'a')) return false;
			const href = getProperty(child, 'href') ?? '';
			return href.startsWith('#') && headingIds.has(decodeURIComponent(href.slice(1)));
		};
		return flattenSections(contentChildren(node).filter((child) => !isSelfAnchor(child)));
	});
}

function isSpeakerNotes(node: HtmlNode): node is Element {
	return node.type === 'element' && node.properties[SPEAKER_NOTES_PROPERTY] !== undefined;
}

function toHeading(h2: Element): SlideHeading {
	return { id: getProperty(h2, 'id'), html: toHtmlString(h2.children).trim(), text: textOf(h2) };
}

/** Group a page's rendered content into its h2 sections; notes are taken out of the flow. */
export function readSections(contentHtml: string): PageSection[] {
	const nodes = flattenSections(contentChildren(parseFragment(contentHtml)));
	const sections: PageSection[] = [];
	let current: PageSection = { heading: undefined, nodes: [], notes: [] };
	const close = () => {
		if (current.heading || current.nodes.length > 0 || current.notes.length > 0) sections.push(current);
	};
	for (const node of nodes) {
		if (isElement(node, 'h2')) {
			close();
			current = { heading: toHeading(node), nodes: [], notes: [] };
		} else if (isSpeakerNotes(node)) {
			current.notes.push(node);
		} else {
			current.nodes.push(node);
		}
	}
	close();
	return sections;
}

