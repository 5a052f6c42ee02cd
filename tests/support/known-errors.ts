/**
 * Claims the fact base (../shared/reference/legal-facts.md, section 9) lists as wrong but still in
 * circulation. The site may show one only as a labelled correction, so every match must share its
 * block (an MDX paragraph or ::: aside, a YAML question or entry) with a correcting word.
 */
export const KNOWN_ERRORS: { claim: RegExp; why: string }[] = [
	{ claim: /87 ayat \(4\) huruf b\b/i, why: 'party membership is Pasal 87 ayat (4) huruf c' },
	{ claim: /huruf a, huruf h, huruf i/i, why: 'UU 20/2023 Pasal 52 ayat (4) lists huruf a, g, i, j' },
	{ claim: /Pasal 19\b[^.\n]{0,40}PP 42\/2004|PP 42\/2004[^.\n]{0,40}Pasal 19\b/i, why: 'sanksi moral is PP 42/2004 Pasal 15' },
	{ claim: /teguran tertulis hingga peringatan keras/i, why: 'sanksi moral is pernyataan secara tertutup/terbuka' },
	{ claim: /penundaan kenaikan (gaji berkala|pangkat)/i, why: 'PP 53/2010 sanctions are obsolete since PP 94/2021' },
	{ claim: /12 bab/i, why: 'UU 20/2023 has XIV bab' },
	{ claim: /\b100 hari\b/i, why: 'the Pemilu 2024 campaign lasted 75 days' },
	{ claim: /Pasal 9 angka 2/i, why: 'it is Pasal 9 ayat (2)' },
	{ claim: /PP (Nomor )?49\/?( Tahun )?2028/i, why: 'it is PP 49/2018' },
	{ claim: /41\/PUU-XIII\/2014/i, why: 'the case is 41/PUU-XII/2014' },
];

/** Words that mark a block as a correction of what it quotes. */
const CORRECTION = /\b(bukan|keliru|salah|ralat|tidak\s+tepat|sudah\s+tidak\s+berlaku|usang|kedaluwarsa|dicabut|pengecoh)\b/i;

function splitBlocks(text: string, kind: 'mdx' | 'yaml'): string[] {
	if (kind === 'yaml') return text.split(/\n(?=\s*- id: )/);
	const blocks: string[] = [];
	let aside: string[] | undefined;
	for (const paragraph of text.split(/\n\s*\n/)) {
		if (aside) {
			aside.push(paragraph);
			if (/^:::\s*$/m.test(paragraph)) {
				blocks.push(aside.join('\n\n'));
				aside = undefined;
			}
		} else if (/^:::\w/m.test(paragraph) && !/^:::\s*$/m.test(paragraph)) {
			aside = [paragraph];
		} else {
			blocks.push(paragraph);
		}
	}
	if (aside) blocks.push(aside.join('\n\n'));
	return blocks;
}

/** Describe each known error in the file that appears without a correcting word beside it. */
export function findUncorrectedKnownErrors({ file, text, kind }: { file: string; text: string; kind: 'mdx' | 'yaml' }): string[] {
	return splitBlocks(text, kind).flatMap((block) =>
		KNOWN_ERRORS.filter(({ claim }) => claim.test(block) && !CORRECTION.test(block)).map(
			({ claim, why }) => `${file}: "${block.match(claim)?.[0]}" without a correction (${why})`,
		),
	);
}
