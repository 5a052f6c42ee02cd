import { z } from 'astro/zod';
import { ConfidenceSchema, IsoDateSchema, NonEmptyTextSchema, SlugSchema } from './shared';

/** One article (pasal, ayat, huruf) that the site cites, with a plain-language paraphrase. */
export const LegalArticleSchema = z.strictObject({
	id: SlugSchema,
	/** How the article is written in a citation, e.g. "Pasal 24 ayat (1) huruf d". */
	label: NonEmptyTextSchema,
	summary: NonEmptyTextSchema,
	/** A short verbatim quote of the statute, only where the fact base gives the wording. */
	quote: NonEmptyTextSchema.optional(),
	confidence: ConfidenceSchema,
	/** Required when confidence is "U": what is uncertain, in words a reader understands. */
	note: NonEmptyTextSchema.optional(),
});

export const LegalSourceKindSchema = z.enum(['uu', 'pp', 'skb', 'se', 'putusan-mk', 'perpres', 'peraturan-bkn', 'kepmen', 'permen']);

export const LegalSourceSchema = z
	.strictObject({
		/** Short name used in citations, e.g. "UU 20/2023". */
		shortName: NonEmptyTextSchema,
		title: NonEmptyTextSchema,
		kind: LegalSourceKindSchema,
		number: NonEmptyTextSchema,
		year: z.number().int().min(1945).max(2100),
		status: z.enum(['berlaku', 'dicabut']),
		/** Date the instrument was enacted or took effect, where the fact base confirms it. */
		date: IsoDateSchema.optional(),
		/** Id of the legal source that revoked or replaced this one. */
		replacedBy: SlugSchema.optional(),
		summary: NonEmptyTextSchema,
		sources: z.array(z.url()).min(1, 'sebutkan minimal satu URL sumber'),
		lastChecked: IsoDateSchema,
		articles: z.array(LegalArticleSchema).default([]),
	})
	.superRefine((source, ctx) => {
		if (source.status === 'dicabut' && !source.replacedBy) {
			ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'sumber yang dicabut harus menyebut penggantinya' });
		}
		const seen = new Set<string>();
		source.articles.forEach((article, index) => {
			if (seen.has(article.id)) {
				ctx.addIssue({ code: 'custom', path: ['articles', index, 'id'], message: `id pasal "${article.id}" dipakai dua kali` });
			}
			seen.add(article.id);
			if (article.confidence === 'U' && !article.note) {
				ctx.addIssue({ code: 'custom', path: ['articles', index, 'note'], message: 'fakta yang belum pasti (U) wajib diberi catatan' });
			}
		});
	});

export type LegalSourceInput = z.input<typeof LegalSourceSchema>;
export type LegalSource = z.output<typeof LegalSourceSchema>;
export type LegalArticle = z.output<typeof LegalArticleSchema>;
