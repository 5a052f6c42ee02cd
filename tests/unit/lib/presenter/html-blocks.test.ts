import { describe, expect, test } from 'vitest';
import { getAttribute, hasClass, splitTopLevel, textContent } from '~/lib/presenter/html-blocks';

describe('splitTopLevel', () => {
	test('returns each top-level element with everything inside it', () => {
		const nodes = splitTopLevel('<h2 id="a">A</h2>\n<p>Satu <strong>dua</strong></p>\n<ul><li>x</li><li>y</li></ul>');
		expect(nodes.map((node) => node.tag)).toEqual(['h2', 'p', 'ul']);
		expect(nodes[1]?.inner).toBe('Satu <strong>dua</strong>');
		expect(nodes[2]?.html).toBe('<ul><li>x</li><li>y</li></ul>');
		expect(nodes[0]?.openTag).toBe('<h2 id="a">');
	});

	test('keeps nested elements of the same name inside their parent', () => {
		const nodes = splitTopLevel('<div class="a"><div>inner</div></div><div>next</div>');
		expect(nodes).toHaveLength(2);
		expect(nodes[0]?.inner).toBe('<div>inner</div>');
	});

	test('handles void and self-closing elements, as in inline SVG icons', () => {
		const nodes = splitTopLevel('<p>a<br>b</p><hr><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><p>c</p>');
		expect(nodes.map((node) => node.tag)).toEqual(['p', 'hr', 'svg', 'p']);
	});

	test('is not fooled by ">" inside a quoted attribute', () => {
		const nodes = splitTopLevel('<p title="a > b">x</p><p>y</p>');
		expect(nodes.map((node) => node.inner)).toEqual(['x', 'y']);
	});

	test('keeps loose text as its own node and drops comments and blank space', () => {
		const nodes = splitTopLevel('  Teks lepas <!-- catatan --> <p>p</p>\n ');
		expect(nodes.map((node) => [node.tag, node.html.trim()])).toEqual([
			[undefined, 'Teks lepas'],
			['p', '<p>p</p>'],
		]);
	});

	test('skips over script content, whatever it holds', () => {
		const nodes = splitTopLevel('<script>if (a < b) document.write("</p>")</script><p>x</p>');
		expect(nodes.map((node) => node.tag)).toEqual(['script', 'p']);
	});
});

describe('getAttribute and hasClass', () => {
	test('read double-quoted, single-quoted, bare and empty attributes', () => {
		const tag = `<ol start="3" data-x='y' hidden data-speaker-notes="">`;
		expect(getAttribute(tag, 'start')).toBe('3');
		expect(getAttribute(tag, 'data-x')).toBe('y');
		expect(getAttribute(tag, 'hidden')).toBe('');
		expect(getAttribute(tag, 'data-speaker-notes')).toBe('');
		expect(getAttribute(tag, 'class')).toBeUndefined();
	});

	test('do not mistake a longer attribute name for a shorter one', () => {
		expect(getAttribute('<div data-idx="1">', 'data-id')).toBeUndefined();
	});

	test('find a class among several', () => {
		const [node] = splitTopLevel('<div class="sl-heading-wrapper level-h2"></div>');
		expect(hasClass(node!, 'level-h2')).toBe(true);
		expect(hasClass(node!, 'level')).toBe(false);
	});
});

describe('textContent', () => {
	test('strips tags, decodes entities and collapses white space', () => {
		expect(textContent('<p>Pasal&nbsp;5 &amp; <a href="#">huruf&#32;n</a>\n  angka &#x33;</p>')).toBe('Pasal 5 & huruf n angka 3');
	});
});
