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

/**
 * Speeches per list page. The index links provinces and themes, never every speech, and each list
 * is paged, so no page grows with the collection (30 KB gzip at most, checked at 10,000 speeches
 * by `npm run bench:scale`).
 */
export const SPEECHES_PER_PAGE = 50;
/** Newest speeches the index shows under each province before its "see all" link. */
export const NEWEST_PER_PROVINCE = 3;

/** URL slug of a province: "Kepulauan Bangka Belitung" -> "kepulauan-bangka-belitung". */
export function provinceSlug(province: string): string {
	const slug = province
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (!slug) throw new RangeError(`Nama provinsi tidak bisa dijadikan alamat: "${province}"`);
	return slug;
}

/** Site path of a province's speeches, page 1 at the bare path. */
export function provincePath(province: string, page = 1): string {
	return `/pidato/provinsi/${provinceSlug(province)}/${page > 1 ? `${page}/` : ''}`;
}

/** Site path of a theme's speeches, page 1 at the bare path. */
export function themePath(theme: string, page = 1): string {
	return `/pidato/tema/${theme}/${page > 1 ? `${page}/` : ''}`;
}

/** Newest first, then by title, for every list of speeches. */
export function sortNewestFirst<T extends SpeechListItem>(speeches: readonly T[]): T[] {
	return [...speeches].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'id'));
}

/** Site path of one speech's page. */
export function speechPath(id: string): string {
	return `/pidato/${id}/`;
}

/** Group speeches by province (A to Z), newest first within each province. */
export function groupByProvince<T extends SpeechListItem>(speeches: readonly T[]): ProvinceGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const speech of speeches) {
		const group = groups.get(speech.province);
		if (group) group.push(speech);
		else groups.set(speech.province, [speech]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => a.localeCompare(b, 'id'))
		.map(([province, list]) => ({ province, speeches: sortNewestFirst(list) }));
}

/** Count how many speeches stress each theme, most common first (ties in theme order). */
export function countThemes(speeches: readonly { themes: readonly string[] }[], themeOrder: readonly string[]): { theme: string; count: number }[] {
	return themeOrder
		.map((theme) => ({ theme, count: speeches.filter((speech) => speech.themes.includes(theme)).length }))
		.filter((entry) => entry.count > 0)
		.sort((a, b) => b.count - a.count);
}
