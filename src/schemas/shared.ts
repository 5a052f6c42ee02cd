import { z } from 'astro/zod';

/** A stable kebab-case identifier: ids are referenced across files and by saved progress. */
export const SlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'harus kebab-case: huruf kecil, angka dan tanda hubung');

/**
 * A reference to a legal source, "<source id>" for the instrument as a whole or
 * "<source id>/<article id>" for one article, e.g. "uu-20-2023/pasal-9-ayat-2".
 */
export const LegalRefIdSchema = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/,
		'harus berbentuk "<id-sumber>" atau "<id-sumber>/<id-pasal>", misalnya "uu-20-2023/pasal-9-ayat-2"',
	);

/** Confidence marks carried over from the fact base (../shared/reference/legal-facts.md). */
export const ConfidenceSchema = z.enum(['C2+', 'C1', 'U']);
export type Confidence = z.output<typeof ConfidenceSchema>;

/** A site page path without leading or trailing slash, e.g. "belajar/apa-itu-netralitas". */
export const PagePathSchema = z
	.string()
	.regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'harus path halaman tanpa garis miring di awal/akhir, misalnya "belajar/apa-itu-netralitas"');

/**
 * A calendar date, normalised to "YYYY-MM-DD". Astro's YAML parser turns unquoted dates into Date
 * objects while other parsers keep strings, so both are accepted.
 */
export const IsoDateSchema = z.union([
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'harus tanggal berbentuk YYYY-MM-DD')
		.pipe(z.iso.date('bukan tanggal kalender yang ada (periksa bulan dan jumlah harinya)')),
	z.date().transform((date) => date.toISOString().slice(0, 10)),
]);

export const NonEmptyTextSchema = z.string().trim().min(1, 'tidak boleh kosong');
