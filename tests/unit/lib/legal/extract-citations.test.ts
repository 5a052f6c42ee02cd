import { describe, expect, test } from 'vitest';
import { extractCitationRefs, sourceIdsOf } from '~/lib/legal/extract-citations';

describe('extractCitationRefs', () => {
	test('lists cited ids once each, in order of first use', () => {
		const body = 'A <Citation to="uu-20-2023/pasal-9-ayat-2" /> B <Citation to="pp-94-2021" /> C <Citation to="uu-20-2023/pasal-9-ayat-2"/>';
		expect(extractCitationRefs(body)).toEqual(['uu-20-2023/pasal-9-ayat-2', 'pp-94-2021']);
	});

	test('finds nothing in a page without citations', () => {
		expect(extractCitationRefs('Teks biasa tanpa pasal.')).toEqual([]);
	});
});

describe('sourceIdsOf', () => {
	test('reduces article references to their instruments', () => {
		expect(sourceIdsOf(['uu-20-2023/pasal-9-ayat-2', 'uu-20-2023/pasal-24-ayat-1-huruf-d', 'pp-94-2021'])).toEqual(['uu-20-2023', 'pp-94-2021']);
	});
});
