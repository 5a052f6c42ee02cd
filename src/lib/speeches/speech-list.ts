import { normaliseSearchText } from '~/lib/catalogue/filter-acts';

/** What the speeches index needs of a speech to list, group and filter it. */
export interface SpeechListItem {
	id: string;
	title: string;
	date: string;
	province: string;
	place: string;
	speakerNames: string[];
	themes: string[];
}

export interface ProvinceGroup<T> {
	province: string;
	speeches: T[];
}

export interface SpeechFilter {
	province: string;
	theme: string;
	text: string;
}

/** Site path of one speech's page. */
export function speechPath(id: string): string {
	return `/pidato/${id}/`;
}

/** Group speeches by province (A to Z), newest first within each province. */
export function groupByProvince<T extends SpeechListItem>(speeches: readonly T[]): ProvinceGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const speech of speeches) groups.set(speech.province, [...(groups.get(speech.province) ?? []), speech]);
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'id'))
		.map(([province, list]) => ({ province, speeches: list.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'id')) }));
}

/** Count how many speeches stress each theme, most common first (ties in theme order). */
export function countThemes(speeches: readonly { themes: readonly string[] }[], themeOrder: readonly string[]): { theme: string; count: number }[] {
	return themeOrder
		.map((theme) => ({ theme, count: speeches.filter((speech) => speech.themes.includes(theme)).length }))
		.filter((entry) => entry.count > 0)
		.sort((a, b) => b.count - a.count);
}

/** The text a reader's words are matched against. */
export function speechSearchText(speech: SpeechListItem): string {
	return normaliseSearchText([speech.title, speech.province, speech.place, ...speech.speakerNames].join(' '));
}

/** Whether a speech passes the filter: same province and theme when set, and every typed word. */
export function matchesSpeechFilter(
	speech: { province: string; themes: readonly string[]; searchText: string },
	filter: Partial<SpeechFilter>,
): boolean {
	const words = normaliseSearchText(filter.text ?? '').split(' ').filter(Boolean);
	return (
		(!filter.province || speech.province === filter.province) &&
		(!filter.theme || speech.themes.includes(filter.theme)) &&
		words.every((word) => speech.searchText.includes(word))
	);
}
