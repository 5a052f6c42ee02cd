import { z } from 'astro/zod';
import { ConfidenceSchema, IsoDateSchema, LegalRefIdSchema, NonEmptyTextSchema, SlugSchema } from './shared';

/** "belum-pasti" where the fact base cannot say whether an act is a kode-etik or a disiplin breach. */
export const ActCategorySchema = z.enum(['etik', 'disiplin', 'pidana', 'belum-pasti']);
export const ActContextSchema = z.enum([
	'media-sosial',
	'kampanye-dan-atribut',
	'fasilitas-dan-keputusan',
	'pencalonan',
	'keluarga',
	'keanggotaan-partai',
]);
/** Sanction levels, from lightest to heaviest; "belum-pasti" where the fact base finds none. */
export const SanctionLevelSchema = z.enum(['sanksi-moral', 'sedang', 'berat', 'ptdh', 'pidana', 'belum-pasti']);

/** Where an act appears in the SKB 2022 annex, so the SKB tables can be rendered from data. */
export const SkbListingSchema = z.strictObject({
	list: z.enum(['kode-etik', 'disiplin']),
	/** Row number in the annex as reproduced (1-7 for kode etik, 1-12 for disiplin). */
	row: z.number().int().min(1).max(12),
});

export const ProhibitedActSchema = z
	.strictObject({
		title: NonEmptyTextSchema,
		description: NonEmptyTextSchema,
		category: ActCategorySchema,
		contexts: z.array(ActContextSchema).min(1),
		sanction: z.strictObject({
			level: SanctionLevelSchema,
			/** The sanction in plain words, e.g. "Pemotongan tunjangan kinerja 25% selama 6, 9 atau 12 bulan". */
			text: NonEmptyTextSchema,
		}),
		legalBasis: z.array(LegalRefIdSchema).min(1, 'setiap larangan wajib punya minimal satu dasar hukum'),
		examples: z.array(NonEmptyTextSchema).min(1).max(3),
		skb: SkbListingSchema.optional(),
		/** Ids of related acts, e.g. the kode-etik twin of a disiplin act. */
		related: z.array(SlugSchema).default([]),
		confidence: ConfidenceSchema,
		/** Required when confidence is "U": what sources disagree on. */
		note: NonEmptyTextSchema.optional(),
		lastChecked: IsoDateSchema,
	})
	.superRefine((act, ctx) => {
		if (act.confidence === 'U' && !act.note) {
			ctx.addIssue({ code: 'custom', path: ['note'], message: 'larangan yang belum pasti (U) wajib diberi catatan' });
		}
	});

export type ProhibitedActInput = z.input<typeof ProhibitedActSchema>;
export type ProhibitedAct = z.output<typeof ProhibitedActSchema>;
export type ActContext = z.output<typeof ActContextSchema>;
export type ActCategory = z.output<typeof ActCategorySchema>;
export type SanctionLevel = z.output<typeof SanctionLevelSchema>;
