import { z } from 'astro/zod';
import { IsoDateSchema, LegalRefIdSchema, NonEmptyTextSchema, SlugSchema } from './shared';

/** What a speech emphasises; the speeches index compares speeches by these. */
export const SpeechThemeSchema = z.enum([
	'politik-praktis',
	'keanggotaan-partai',
	'media-sosial',
	'kampanye',
	'fasilitas-negara',
	'sanksi',
	'pelayanan-publik',
	'profesionalisme',
	'ikrar',
	'pengawasan',
	'persatuan',
	'dasar-hukum',
]);

export const SpeakerSchema = z.strictObject({
	/** Slug used to attribute quotes, e.g. "sumastro". */
	id: SlugSchema,
	name: NonEmptyTextSchema,
	/** Position (jabatan) at the time of the speech, e.g. "Penjabat Wali Kota Singkawang". */
	position: NonEmptyTextSchema,
	institution: NonEmptyTextSchema,
});

const ReportSchema = z.strictObject({
	publisher: NonEmptyTextSchema,
	title: NonEmptyTextSchema,
	url: z.url().optional(),
	author: NonEmptyTextSchema.optional(),
	editor: NonEmptyTextSchema.optional(),
	publishedAt: IsoDateSchema.optional(),
});

/** A fact-check note shown beside the speech, in neutral words. */
export const SpeechNoteSchema = z.strictObject({
	kind: z.enum(['hukum-berganti', 'belum-terkonfirmasi', 'berbeda-dengan-basis-fakta', 'sumber']),
	text: NonEmptyTextSchema,
	legalBasis: z.array(LegalRefIdSchema).default([]),
});

/** The most a quote may be: quotes are short, the rest is summarised in our own words. */
export const MAX_QUOTE_LENGTH = 300;

export const SpeechSchema = z
	.strictObject({
		/** Our own headline for the speech. */
		title: NonEmptyTextSchema,
		speakers: z.array(SpeakerSchema).min(1, 'sebutkan minimal satu pembicara'),
		region: z.strictObject({
			/** Kabupaten or kota; left out for a provincial or national event. */
			kabupatenKota: NonEmptyTextSchema.optional(),
			province: NonEmptyTextSchema,
		}),
		date: IsoDateSchema,
		/** Where the date comes from when the source article does not state it. */
		dateNote: NonEmptyTextSchema.optional(),
		event: NonEmptyTextSchema,
		venue: NonEmptyTextSchema.optional(),
		/** The article the speech is known from. */
		source: ReportSchema,
		/** Other reports of the same event, e.g. where the source's own address is unknown. */
		alsoReported: z.array(ReportSchema.extend({ url: z.url() })).default([]),
		/** A summary in our own words, one string per paragraph. */
		summary: z.array(NonEmptyTextSchema).min(1),
		keyMessages: z.array(NonEmptyTextSchema).min(1),
		quotes: z
			.array(
				z.strictObject({
					speaker: SlugSchema,
					text: NonEmptyTextSchema.max(MAX_QUOTE_LENGTH, `kutipan harus pendek (paling banyak ${MAX_QUOTE_LENGTH} karakter); ringkas sisanya dengan kata-kata sendiri`),
				}),
			)
			.default([]),
		themes: z.array(SpeechThemeSchema).min(1),
		/** Legal sources or articles the speech cites, as ids from content/legal-sources. */
		legalCited: z.array(LegalRefIdSchema).default([]),
		/** Prohibited acts the speech mentions, as ids from content/prohibited-acts. */
		actsMentioned: z.array(SlugSchema).default([]),
		notes: z.array(SpeechNoteSchema).default([]),
		lastChecked: IsoDateSchema,
	})
	.superRefine((speech, ctx) => {
		const speakerIds = new Set(speech.speakers.map((speaker) => speaker.id));
		speech.quotes.forEach((quote, index) => {
			if (!speakerIds.has(quote.speaker)) {
				ctx.addIssue({
					code: 'custom',
					path: ['quotes', index, 'speaker'],
					message: `kutipan harus diatribusikan ke salah satu pembicara: ${[...speakerIds].join(', ')}`,
				});
			}
		});
		if (!speech.source.url && speech.alsoReported.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['source', 'url'], message: 'cantumkan URL sumber, atau minimal satu liputan lain di alsoReported' });
		}
	});

export type SpeechInput = z.input<typeof SpeechSchema>;
export type Speech = z.output<typeof SpeechSchema>;
export type SpeechTheme = z.output<typeof SpeechThemeSchema>;
