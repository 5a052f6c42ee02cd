import { describe, expect, test } from 'vitest';
import { countThemes, groupByProvince, matchesSpeechFilter, speechPath, speechSearchText, type SpeechListItem } from '~/lib/speeches/speech-list';

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

describe('matchesSpeechFilter', () => {
	const item = { ...speeches[2]!, searchText: speechSearchText(speeches[2]!) };

	test('passes everything through an empty filter', () => {
		expect(matchesSpeechFilter(item, {})).toBe(true);
	});

	test('matches province, theme and every typed word', () => {
		expect(matchesSpeechFilter(item, { province: 'Kalimantan Barat', theme: 'sanksi', text: 'siti' })).toBe(true);
		expect(matchesSpeechFilter(item, { province: 'Jawa Barat' })).toBe(false);
		expect(matchesSpeechFilter(item, { theme: 'ikrar' })).toBe(false);
		expect(matchesSpeechFilter(item, { text: 'siti budi' })).toBe(false);
	});
});

describe('speechPath', () => {
	test('builds the page path of a speech', () => {
		expect(speechPath('singkawang-2023')).toBe('/pidato/singkawang-2023/');
	});
});
