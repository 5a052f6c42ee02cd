import { describe, expect, test } from 'vitest';
import { filterActs, normaliseSearchText, readActFilter, writeActFilter, type FilterableAct } from '~/lib/catalogue/filter-acts';

const acts: (FilterableAct & { id: string })[] = [
	{ id: 'like', category: 'etik', contexts: ['media-sosial'], level: 'sanksi-moral', searchText: normaliseSearchText('Like postingan akun pemenangan bakal calon') },
	{ id: 'ktp', category: 'disiplin', contexts: ['fasilitas-dan-keputusan', 'pencalonan'], level: 'berat', searchText: normaliseSearchText('Surat dukungan dan fotokopi KTP') },
	{ id: 'partai', category: 'disiplin', contexts: ['keanggotaan-partai'], level: 'ptdh', searchText: normaliseSearchText('Menjadi anggota partai politik') },
];
const ids = (list: { id: string }[]) => list.map((act) => act.id);

describe('normaliseSearchText', () => {
	test('lower-cases and drops punctuation and accents', () => {
		expect(normaliseSearchText('  Fotokopi KTP, “Surat”  Dukungan! é ')).toBe('fotokopi ktp surat dukungan e');
	});
});

describe('filterActs', () => {
	test('returns every act for an empty filter', () => {
		expect(ids(filterActs(acts, {}))).toEqual(['like', 'ktp', 'partai']);
	});

	test('filters by context, category and sanction level together', () => {
		expect(ids(filterActs(acts, { context: 'pencalonan' }))).toEqual(['ktp']);
		expect(ids(filterActs(acts, { category: 'disiplin', level: 'ptdh' }))).toEqual(['partai']);
		expect(ids(filterActs(acts, { category: 'etik', level: 'berat' }))).toEqual([]);
	});

	test('needs every typed word, in any order and case', () => {
		expect(ids(filterActs(acts, { text: 'KTP fotokopi' }))).toEqual(['ktp']);
		expect(ids(filterActs(acts, { text: 'partai like' }))).toEqual([]);
	});

	test('treats markup typed by a reader as plain words', () => {
		expect(ids(filterActs(acts, { text: '<b>partai</b>' }))).toEqual([]);
		expect(ids(filterActs(acts, { text: '<partai>' }))).toEqual(['partai']);
	});
});

describe('readActFilter and writeActFilter', () => {
	const allowed = { contexts: ['media-sosial', 'pencalonan'], categories: ['etik', 'disiplin'], levels: ['berat'] };

	test('round-trip a filter through the query string', () => {
		const filter = { context: 'media-sosial', category: 'etik', level: 'berat', text: 'foto calon' } as const;
		expect(readActFilter(writeActFilter(filter), allowed)).toEqual(filter);
	});

	test('ignore values that are not allowed and cap the text', () => {
		expect(readActFilter(`?konteks=olahraga&kategori=etik&cari=${'a'.repeat(300)}`, allowed)).toEqual({
			context: '',
			category: 'etik',
			level: '',
			text: 'a'.repeat(100),
		});
	});

	test('write nothing for an empty filter', () => {
		expect(writeActFilter({ context: '', text: '' })).toBe('');
	});
});
