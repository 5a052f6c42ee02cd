import { describe, expect, test } from 'vitest';
import { normaliseSearchQuery } from '~/lib/search/normalise-query';

describe('normaliseSearchQuery', () => {
	test.each([
		['istri saya caleg', 'istri caleg'],
		['Apakah saya boleh like postingan calon?', 'like unggahan calon'],
		['foto bareng calon bupati', 'foto bersama calon bupati'],
		['grup WA tim sukses', 'grup whatsapp tim sukses'],
		['share di medsos', 'share media sosial'],
		['P3K paruh waktu', 'pppk paruh waktu'],
		['timses capres', 'tim sukses calon presiden'],
		['kalau dipecat gimana', 'diberhentikan'],
		['bapak saya calon bupati', 'ayah calon bupati'],
		['tukin dipotong berapa persen', 'tunjangan kinerja dipotong'],
		['kasih fotokopi KTP ke calon independen', 'beri fotokopi ktp calon perseorangan'],
		['boleh nge-like status teman', 'like status teman'],
	])('rewrites "%s" to "%s"', (query, expected) => {
		expect(normaliseSearchQuery(query)).toBe(expected);
	});

	test('keeps law numbers and hyphenated words intact', () => {
		expect(normaliseSearchQuery('PP 94/2021')).toBe('pp 94/2021');
		expect(normaliseSearchQuery('fotokopi e-KTP')).toBe('fotokopi ktp');
	});

	test('says each word once when two everyday words map to the same site word', () => {
		expect(normaliseSearchQuery('capres cawapres')).toBe('calon presiden');
	});

	test('searches a query made only of filler words as typed', () => {
		expect(normaliseSearchQuery('  apakah boleh?  ')).toBe('apakah boleh?');
	});

	test('keeps "independen" where it is not about a candidate', () => {
		expect(normaliseSearchQuery('lembaga independen pengawas ASN')).toBe('lembaga independen pengawas asn');
	});

	test('leaves words it does not know alone', () => {
		expect(normaliseSearchQuery('netralitas ASN')).toBe('netralitas asn');
	});
});
