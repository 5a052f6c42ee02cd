/**
 * A small reader for the HTML our own build renders (Astro and MDX output: well formed, every
 * element closed, attribute values quoted). It finds top-level elements so a rendered page can be
 * cut into slides at build time. It is not a general HTML parser and is not meant for user input.
 */

/** One top-level piece of an HTML fragment: an element with everything inside it, or a run of text. */
export interface HtmlNode {
	/** Lower-case tag name; undefined for text. */
	tag: string | undefined;
	/** The opening tag as written, e.g. `<ol start="3">`; empty for text. */
	openTag: string;
	/** What lies between the opening and the closing tag; for text, the text. */
	inner: string;
	/** The whole node as written. */
	html: string;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea']);
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** Split an HTML fragment into its top-level nodes; whitespace between elements is dropped. */
export function splitTopLevel(html: string): HtmlNode[] {
	const nodes: HtmlNode[] = [];
	const pattern = new RegExp(TOKEN.source, 'g');
	let depth = 0;
	let start = 0;
	let innerStart = 0;
	let openTag = '';
	let tag = '';
	let textStart = 0;

	const pushText = (end: number) => {
		const text = html.slice(textStart, end);
		if (text.trim()) nodes.push({ tag: undefined, openTag: '', inner: text, html: text });
	};

	for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
		const [whole, slash, name, attributes] = match;
		const at = match.index;
		if (name === undefined) {
			// A comment: invisible, never a slide block of its own.
			if (depth === 0) {
				pushText(at);
				textStart = at + whole.length;
			}
			continue;
		}
		const lowerName = name.toLowerCase();
		const isSelfClosing = VOID_ELEMENTS.has(lowerName) || (attributes ?? '').trimEnd().endsWith('/');
		if (slash) {
			if (depth === 0) continue;
			depth--;
			if (depth === 0) {
				nodes.push({ tag, openTag, inner: html.slice(innerStart, at), html: html.slice(start, at + whole.length) });
				textStart = at + whole.length;
			}
			continue;
		}
		if (depth === 0) {
			pushText(at);
			start = at;
			openTag = whole;
			tag = lowerName;
			innerStart = at + whole.length;
			if (isSelfClosing) {
				nodes.push({ tag, openTag, inner: '', html: whole });
				textStart = at + whole.length;
				continue;
			}
		}
		if (isSelfClosing) continue;
		depth++;
		if (RAW_TEXT_ELEMENTS.has(lowerName)) {
			const close = html.toLowerCase().indexOf(`</${lowerName}`, at + whole.length);
			pattern.lastIndex = close === -1 ? html.length : close;
		}
	}
	if (depth > 0) {
		nodes.push({ tag, openTag, inner: html.slice(innerStart), html: html.slice(start) });
	} else {
		pushText(html.length);
	}
	return nodes;
}

/** The value of an attribute in an opening tag; "" for a bare attribute, undefined when absent. */
export function getAttribute(openTag: string, name: string): string | undefined {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`\\s${escaped}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?(?=[\\s/>])`, 'i').exec(openTag);
	if (!match) return undefined;
	return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Whether a node's class attribute lists className. */
export function hasClass(node: HtmlNode, className: string): boolean {
	return (getAttribute(node.openTag, 'class') ?? '').split(/\s+/).includes(className);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a reader sees in an HTML fragment, whitespace collapsed. */
export function textContent(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
			if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
			if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
			return ENTITIES[code.toLowerCase()] ?? entity;
		})
		.replace(/\s+/g, ' ')
		.trim();
}
