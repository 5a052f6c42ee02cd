import { z } from 'astro/zod';
import { LegalRefIdSchema, NonEmptyTextSchema, SlugSchema } from './shared';

/** One glossary term; the file content/glossary/istilah.yaml holds a list of them. */
export const GlossaryTermSchema = z.strictObject({
	/** Stable anchor on the glossary page, e.g. "ptdh". */
	id: SlugSchema,
	/** The term as readers meet it, e.g. "PTDH". */
	term: NonEmptyTextSchema,
	/** The full form of an abbreviation, e.g. "Pemberhentian tidak dengan hormat". */
	expansion: NonEmptyTextSchema.optional(),
	definition: NonEmptyTextSchema,
	legalBasis: z.array(LegalRefIdSchema).default([]),
});

export const GlossarySchema = z.array(GlossaryTermSchema).superRefine((terms, ctx) => {
	const seen = new Set<string>();
	terms.forEach((term, index) => {
		if (seen.has(term.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id istilah "${term.id}" dipakai dua kali` });
		seen.add(term.id);
	});
});

export type GlossaryTermInput = z.input<typeof GlossaryTermSchema>;
export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
