import { describe, expect, test } from 'vitest';
import { childElements, contentChildren, getProperty, parseFragment, textOf } from '~/lib/presenter/html-tree';
import { estimateLines } from '~/lib/presenter/slide-lines';
import { planSlides, type SlidePlanOptions } from '~/lib/presenter/slide-plan';

/** A heading as Starlight renders it in MDX content: wrapped, with an anchor link. */
const heading = (id: string, text: string) =>
	`<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span class="sr-only">Bagian berjudul “${text}”</span></a></div>`;
const paragraph = (characters: number) => `<p>${'kata '.repeat(Math.ceil(characters / 5)).trim()}</p>`;
const notes = (text: string) => `<div data-speaker-notes data-pagefind-ignore="all" hidden><p>${text}</p></div>`;
const options: SlidePlanOptions = { capacity: 10, charsPerLine: 50 };

describe('planSlides', () => {
	test('makes one slide per h2 section, in order, keeping the heading id', () => {
		const slides = planSlides(`${heading('intinya', 'Intinya')}<p>Satu.</p>${heading('sanksi', 'Sanksi')}<p>Dua.</p>`, options);
		expect(slides.map((slide) => [slide.heading?.id, slide.heading?.text, slide.blocks])).toEqual([
			['intinya', 'Intinya', ['<p>Satu.</p>']],
			['sanksi', 'Sanksi', ['<p>Dua.</p>']],
		]);
	});

	test('drops the anchor link Starlight adds to headings', () => {
		const [slide] = planSlides(`${heading('a', 'Judul')}<p>x</p>`, options);
		expect(slide?.heading?.html).toBe('Judul');
		expect(slide?.blocks.join('')).not.toContain('sl-anchor-link');
	});

	test('finds headings in any wrapper, whatever its classes, and drops only links to the heading itself', () => {
		const html = '<div class="tema-lain"><h2 id="b">Judul <em>miring</em></h2><a href="#b">#</a></div><p>Isi <a href="#lain">tautan</a>.</p>';
		const [slide] = planSlides(html, options);
		expect(slide?.heading).toEqual({ id: 'b', html: 'Judul <em>miring</em>', text: 'Judul miring' });
		expect(slide?.blocks).toEqual(['<p>Isi <a href="#lain">tautan</a>.</p>']);
	});

	test('puts content before the first h2 on an introduction slide without a heading', () => {
		const slides = planSlides(`<p>Pembuka.</p>${heading('a', 'A')}<p>x</p>`, options);
		expect(slides[0]).toMatchObject({ heading: undefined, blocks: ['<p>Pembuka.</p>'] });
		expect(slides).toHaveLength(2);
	});

	test('moves speaker notes out of the slide content onto the slide', () => {
		const [slide] = planSlides(`${heading('a', 'A')}<p>Isi.</p>${notes('Tanyakan contoh dari peserta.')}`, options);
		expect(slide?.blocks).toEqual(['<p>Isi.</p>']);
		expect(slide?.notes).toEqual(['<p>Tanyakan contoh dari peserta.</p>']);
	});

	test('starts slides at h2 headings nested in <section>, as on generated law pages', () => {
		const html = '<p>Ringkasan.</p><section class="legal-article"><h2 id="pasal-1">Pasal 1</h2><p>Isi.</p></section><h2 id="sumber">Sumber</h2><ul><li>a</li></ul>';
		expect(planSlides(html, options).map((slide) => slide.heading?.id)).toEqual([undefined, 'pasal-1', 'sumber']);
	});

	test('keeps a short section on one slide', () => {
		const slides = planSlides(`${heading('a', 'A')}${paragraph(100)}${paragraph(100)}`, options);
		expect(slides).toHaveLength(1);
		expect(slides[0]).toMatchObject({ part: 1, parts: 1 });
	});

	test('splits a long section over balanced slides and keeps notes on the first', () => {
		const html = `${heading('a', 'A')}${notes('Catatan.')}${[1, 2, 3, 4, 5, 6].map(() => paragraph(150)).join('')}`;
		const slides = planSlides(html, options);
		expect(slides.map((slide) => [slide.part, slide.parts, slide.blocks.length])).toEqual([
			[1, 3, 2],
			[2, 3, 2],
			[3, 3, 2],
		]);
		expect(slides.map((slide) => slide.notes.length)).toEqual([1, 0, 0]);
		expect(slides.every((slide) => slide.lines <= options.capacity)).toBe(true);
	});

	test('never ends a slide on a subheading or on a sentence that introduces a list', () => {
		const html = `${heading('a', 'A')}${paragraph(300)}<h3 id="b">B</h3>${paragraph(300)}<p>Contoh:</p><ul><li>satu</li><li>dua</li></ul>`;
		for (const slide of planSlides(html, options)) {
			const [last] = childElements(parseFragment(slide.blocks.at(-1) ?? ''));
			expect(last?.tagName).not.toBe('h3');
			expect(last && textOf(last)).not.toBe('Contoh:');
		}
	});

	test('splits a list too long for one slide by items, numbering an ordered list on', () => {
		const items = Array.from({ length: 12 }, (_, index) => `<li>${'butir '.repeat(9)}${index + 1}</li>`).join('');
		const slides = planSlides(`${heading('a', 'A')}<ol>${items}</ol>`, options);
		expect(slides.length).toBeGreaterThan(1);
		const lists = slides.map((slide) => childElements(parseFragment(slide.blocks[0] ?? ''))[0]!);
		expect(lists.map((list) => list.tagName)).toEqual(lists.map(() => 'ol'));
		expect(getProperty(lists[0]!, 'start')).toBeUndefined();
		expect(Number(getProperty(lists[1]!, 'start'))).toBe(childElements(lists[0]!, 'li').length + 1);
		const total = lists.reduce((sum, list) => sum + childElements(list, 'li').length, 0);
		expect(total).toBe(12);
	});

	test('splits a long table by rows and repeats its header on every part', () => {
		const rows = Array.from({ length: 14 }, (_, index) => `<tr id="r${index}"><td>${index}</td><td>${'isi sel '.repeat(8)}</td></tr>`).join('');
		const table = `<table class="skb-table"><thead><tr><th scope="col">No.</th><th scope="col">Perbuatan</th></tr></thead><tbody>${rows}</tbody></table>`;
		const slides = planSlides(`${heading('a', 'A')}${table}`, options);
		expect(slides.length).toBeGreaterThan(1);
		for (const slide of slides) {
			expect(slide.blocks[0]).toMatch(/^<table class="skb-table"><thead>/);
		}
		const ids = slides.flatMap((slide) => {
			const [table] = childElements(parseFragment(slide.blocks[0] ?? ''));
			return childElements(table!, 'tbody').flatMap((body) => childElements(body, 'tr')).map((row) => getProperty(row, 'id'));
		});
		expect(ids).toEqual(Array.from({ length: 14 }, (_, index) => `r${index}`));
	});
});

describe('estimateLines', () => {
	const [node] = contentChildren(parseFragment(paragraph(120)));

	test('grows with the text and shrinks with a wider line', () => {
		expect(estimateLines(node!, 40)).toBeGreaterThan(estimateLines(node!, 80));
	});

	test('counts every list item as at least one line', () => {
		const [list] = contentChildren(parseFragment('<ul><li>a</li><li>b</li><li>c</li></ul>'));
		expect(estimateLines(list!, 80)).toBeGreaterThanOrEqual(3);
	});
});
