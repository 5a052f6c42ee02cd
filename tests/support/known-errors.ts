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
	// Section 14.7 of the fact base.
	{ claim: /SKB (Netralitas )?(Nomor |No\.? ?)22 Tahun 2022/i, why: 'the SKB is Nomor 2 Tahun 2022 (MenPANRB numbering)' },
	{ claim: /Peraturan Presiden (Nomor |No\.? ?)(94 Tahun 2021|49 Tahun 2018)/i, why: 'PP 94/2021 and PP 49/2018 are Peraturan Pemerintah' },
	{ claim: /banding[^.\n]{0,40}(kepada|ke) PPK\b[^.\n]{0,30}14 hari/i, why: 'banding administratif goes to BPASN' },
	{ claim: /(Kepmen|Keputusan Menteri) ?PAN ?RB (Nomor |No\.? ?)6 Tahun 2025|(Kepmen|Keputusan Menteri)[^.\n]{0,30}16 Tahun 2024[^.\n]{0,40}paruh waktu/i, why: 'PPPK paruh waktu is Kepmen PANRB 16/2025' },
	{ claim: /UU (Nomor |No\.? ?)?29 (Tahun |\/)2023/i, why: 'the ASN law is UU 20/2023' },
];

/**
 * Section 13 (F13.5) of the fact base: "never ringan" holds only for PP 94/2021 Pasal 5 huruf n, so
 * every block that says a neutrality breach is never punished lightly must name that article.
 */
const NEVER_LIGHT = /tidak pernah (dihukum |dijatuhi hukuman )?ringan|tidak mengenal hukuman ringan/i;
const NAMES_PASAL_5_N = /Pasal 5 huruf n|larangan mendukung calon/i;

/** Describe each "never ringan" statement in the file that does not say it concerns Pasal 5 huruf n. */
export function findUnqualifiedNeverLight({ file, text, kind }: { file: string; text: string; kind: 'mdx' | 'yaml' }): string[] {
	return splitBlocks(text, kind)
		.filter((block) => NEVER_LIGHT.test(block) && !NAMES_PASAL_5_N.test(block))
		.map((block) => `${file}: "${block.match(NEVER_LIGHT)?.[0]}" without naming Pasal 5 huruf n (F13.5)`);
}

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
