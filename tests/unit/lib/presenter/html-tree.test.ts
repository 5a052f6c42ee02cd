import { describe, expect, test } from 'vitest';
import { childElements, contentChildren, getProperty, hasClass, isElement, parseFragment, textOf, toHtmlString } from '~/lib/presenter/html-tree';

/** The top-level nodes of a fragment, as the slide planner sees them. */
const topLevel = (html: string) => contentChildren(parseFragment(html));
const tagOf = (node: ReturnType<typeof topLevel>[number] | undefined) => (node?.type === 'element' ? node.tagName : undefined);

describe('contentChildren of a parsed fragment', () => {
	test('returns each top-level element with everything inside it', () => {
		const nodes = topLevel('<h2 id="a">A</h2>\n<p>Satu <strong>dua</strong></p>\n<ul><li>x</li><li>y</li></ul>');
		expect(nodes.map(tagOf)).toEqual(['h2', 'p', 'ul']);
		expect(toHtmlString(isElement(nodes[1]) ? nodes[1].children : [])).toBe('Satu <strong>dua</strong>');
		expect(toHtmlString([nodes[2]!])).toBe('<ul><li>x</li><li>y</li></ul>');
		expect(isElement(nodes[0]) && getProperty(nodes[0], 'id')).toBe('a');
	});

	test('keeps nested elements of the same name inside their parent', () => {
		const nodes = topLevel('<div class="a"><div>inner</div></div><div>next</div>');
		expect(nodes).toHaveLength(2);
		expect(toHtmlString(isElement(nodes[0]) ? nodes[0].children : [])).toBe('<div>inner</div>');
	});

	test('handles void and self-closing elements, as in inline SVG icons', () => {
		const nodes = topLevel('<p>a<br>b</p><hr><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><p>c</p>');
		expect(nodes.map(tagOf)).toEqual(['p', 'hr', 'svg', 'p']);
		expect(toHtmlString([nodes[2]!])).toBe('<svg viewBox="0 0 1 1"><path d="M0 0"></path></svg>');
	});

	test('is not fooled by ">" inside a quoted attribute', () => {
		const nodes = topLevel('<p title="a > b">x</p><p>y</p>');
		expect(nodes.map((node) => textOf(node))).toEqual(['x', 'y']);
		expect(isElement(nodes[0]) && getProperty(nodes[0], 'title')).toBe('a > b');
	});

	test('keeps loose text as its own node and drops comments and blank space', () => {
		const nodes = topLevel('  Teks lepas <!-- catatan --> <p>p</p>\n ');
		expect(nodes.map((node) => [tagOf(node), toHtmlString([node]).trim()])).toEqual([
			[undefined, 'Teks lepas'],
			['p', '<p>p</p>'],
		]);
	});

	test('skips over script content, whatever it holds', () => {
		const nodes = topLevel('<script>if (a < b) document.write("</p>")</script><p>x</p>');
		expect(nodes.map(tagOf)).toEqual(['script', 'p']);
	});

	test('escapes text on the way out, so text never turns into markup', () => {
		const [node] = topLevel('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
		expect(toHtmlString([node!])).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
	});
});

describe('getProperty and hasClass', () => {
	test('read double-quoted, single-quoted, bare and empty attributes', () => {
		const [node] = childElements(parseFragment(`<ol start="3" data-x='y' hidden data-speaker-notes=""></ol>`));
		expect(getProperty(node!, 'start')).toBe('3');
		expect(getProperty(node!, 'dataX')).toBe('y');
		expect(getProperty(node!, 'hidden')).toBe('');
		expect(getProperty(node!, 'dataSpeakerNotes')).toBe('');
		expect(getProperty(node!, 'className')).toBeUndefined();
	});

	test('do not mistake a longer attribute name for a shorter one', () => {
		const [node] = childElements(parseFragment('<div data-idx="1"></div>'));
		expect(getProperty(node!, 'dataId')).toBeUndefined();
	});

	test('find a class among several', () => {
		const [node] = childElements(parseFragment('<div class="sl-heading-wrapper level-h2"></div>'));
		expect(hasClass(node!, 'level-h2')).toBe(true);
		expect(hasClass(node!, 'level')).toBe(false);
	});
});

describe('textOf', () => {
	test('strips tags, decodes entities and collapses white space', () => {
		const root = parseFragment('<p>Pasal&nbsp;5 &amp; <a href="#">huruf&#32;n</a>\n  angka &#x33;</p>');
		expect(textOf(root)).toBe('Pasal 5 & huruf n angka 3');
	});
});
