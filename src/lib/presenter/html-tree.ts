/**
 * Rendered HTML as a hast tree, for cutting pages into slides at build time. The HTML is parsed once
 * with a real HTML parser (hast-util-from-html, the parse5-based parser of the unified ecosystem,
 * as Starlight's own <Steps> parses its slot) and written back with hast-util-to-html: nothing here
 * reads HTML with a regular expression or glues markup together from strings.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/** A piece of slide content: an element with everything inside it, or a run of loose text. */
export type HtmlNode = Element | Text;

/** Parse an HTML fragment (a component's rendered slot) into a hast root. */
export function parseFragment(html: string): Root {
	return fromHtml(html, { fragment: true });
}

/** Whether a node is an element, optionally of one of the given tag names. */
export function isElement(node: RootContent | ElementContent | undefined, ...tagNames: string[]): node is Element {
	return node?.type === 'element' && (tagNames.length === 0 || tagNames.includes(node.tagName));
}

/** A root's or an element's children as one array type, so filters narrow them. */
function childrenOf(parent: Root | Element): (RootContent | ElementContent)[] {
	return parent.children;
}

/** The children that carry content: elements and non-blank text; comments, doctypes and blank space are dropped. */
export function contentChildren(parent: Root | Element): HtmlNode[] {
	return childrenOf(parent).filter(
		(child): child is HtmlNode => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''),
	);
}

/** The element children of a parent with one of the given tag names. */
export function childElements(parent: Root | Element, ...tagNames: string[]): Element[] {
	return childrenOf(parent).filter((child): child is Element => isElement(child, ...tagNames));
}

/** Every element under a node, depth first, the node itself included. */
export function descendantElements(node: Root | Element): Element[] {
	const found: Element[] = node.type === 'element' ? [node] : [];
	for (const child of node.children) {
		if (child.type === 'element') found.push(...descendantElements(child));
	}
	return found;
}

/** A property as a string: class lists joined, booleans as "", undefined when absent. */
export function getProperty(element: Element, name: string): string | undefined {
	const value = element.properties[name];
	if (value === undefined || value === null || value === false) return undefined;
	if (value === true) return '';
	return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Whether an element's class list holds className. */
export function hasClass(element: Element, className: string): boolean {
	const classes = element.properties.className;
	return Array.isArray(classes) && classes.includes(className);
}

/** The text a reader sees in a node, white space collapsed. */
export function textOf(node: Root | RootContent | ElementContent): string {
	return toString(node).replace(/\s+/g, ' ').trim();
}

/** Serialise nodes back to HTML, as siblings in order. */
export function toHtmlString(nodes: Root | readonly (RootContent | ElementContent)[]): string {
	return toHtml(Array.isArray(nodes) ? { type: 'root', children: [...nodes] } : (nodes as Root));
}

/** A shallow copy of an element with other children (and optionally changed properties): the source stays as it was. */
export function withChildren(element: Element, children: ElementContent[], properties: Element['properties'] = element.properties): Element {
	return { ...element, properties: { ...properties }, children };
}
