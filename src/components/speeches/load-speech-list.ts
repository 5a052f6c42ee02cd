import { getCollection } from 'astro:content';
import type { SpeechListItem } from '~/lib/speeches/speech-list';

/** Every speech as the lists need it (index, province and theme pages), newest first. */
export async function loadSpeechListItems(): Promise<SpeechListItem[]> {
	return (await getCollection('speeches'))
		.map(({ id, data }) => ({
			id,
			title: data.title,
			date: data.date,
			province: data.region.province,
			place: data.region.kabupatenKota ?? data.region.province,
			speakerNames: data.speakers.map((speaker) => speaker.name),
			themes: data.themes,
		}))
		.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'id'));
}
