import { describe, expect, test } from 'vitest';
import { countThemes, groupByProvince, provincePath, provinceSlug, sortNewestFirst, speechPath, themePath, type SpeechListItem } from '~/lib/speeches/speech-list';

const speech = (id: string, province: string, date: string, themes: string[], speakerNames = ['Budi']): SpeechListItem => ({
	id,
	title: `Pidato ${id}`,
	date,
	province,
	place: 'Kota Contoh',
	speakerNames,
	themes,
});
const speeches = [
	speech('a', 'Kalimantan Barat', '2023-10-26', ['sanksi', 'keanggotaan-partai']),
	speech('b', 'Jawa Barat', '2024-09-14', ['profesionalisme']),
	speech('c', 'Kalimantan Barat', '2024-06-01', ['sanksi'], ['Siti Aminah']),
];

describe('groupByProvince', () => {
	test('orders provinces A to Z and speeches newest first', () => {
		expect(groupByProvince(speeches).map((group) => [group.province, group.speeches.map((item) => item.id)])).toEqual([
			['Jawa Barat', ['b']],
			['Kalimantan Barat', ['c', 'a']],
		]);
	});
});

describe('countThemes', () => {
	test('counts speeches per theme, most common first, leaving out unused themes', () => {
		expect(countThemes(speeches, ['keanggotaan-partai', 'sanksi', 'ikrar', 'profesionalisme'])).toEqual([
			{ theme: 'sanksi', count: 2 },
			{ theme: 'keanggotaan-partai', count: 1 },
			{ theme: 'profesionalisme', count: 1 },
		]);
	});
});

describe('provincePath and themePath', () => {
	test('give page 1 the bare path and later pages a number', () => {
		expect(provincePath('Kepulauan Bangka Belitung')).toBe('/pidato/provinsi/kepulauan-bangka-belitung/');
		expect(provincePath('DI Yogyakarta', 3)).toBe('/pidato/provinsi/di-yogyakarta/3/');
		expect(themePath('sanksi')).toBe('/pidato/tema/sanksi/');
		expect(themePath('sanksi', 2)).toBe('/pidato/tema/sanksi/2/');
	});

	test('refuses a province name that leaves no slug', () => {
		expect(() => provinceSlug('—')).toThrow(/Nama provinsi/);
	});
});

describe('sortNewestFirst', () => {
	test('orders by date, newest first, then by title', () => {
		expect(sortNewestFirst(speeches).map((item) => item.id)).toEqual(['b', 'c', 'a']);
	});
});

describe('speechPath', () => {
	test('builds the page path of a speech', () => {
		expect(speechPath('singkawang-2023')).toBe('/pidato/singkawang-2023/');
	});
});
