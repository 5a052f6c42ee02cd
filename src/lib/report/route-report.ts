/**
 * "Ke mana melapor?": from four answers to the channels that fit, what to prepare, and what to
 * keep in mind. Only channels the fact base names are offered: SBT BKN (needs the reported
 * person's NIK or NIP), SP4N-LAPOR! (without them), Bawaslu and its local offices (election
 * stages, candidates, campaign teams, kepala daerah), the reported person's own superior (who must
 * act under PP 94/2021 Pasal 26), and, for non-ASN staff, the agency that employs them.
 *
 * The page renders every channel, reason, note and checklist item as HTML; this module only
 * decides which ids to show, so the rules are testable without a browser.
 */

export const INVOLVED_VALUES = ['asn', 'atasan', 'kepala-daerah', 'tim-kampanye', 'non-asn'] as const;
export const STAGE_VALUES = ['sebelum', 'sesudah', 'tidak-tahu'] as const;
export const YES_NO_VALUES = ['ya', 'tidak'] as const;

export type Involved = (typeof INVOLVED_VALUES)[number];
export type Stage = (typeof STAGE_VALUES)[number];
export type YesNo = (typeof YES_NO_VALUES)[number];

export interface ReportAnswers {
	/** Who did it: an ASN, your own superior, a kepala daerah or Pj, a candidate or campaign team, non-ASN staff. */
	involved: Involved;
	/** Before the candidates were set (bakal calon), after, or not known. */
	stage: Stage;
	/** Whether you know the person's NIP or NIK. */
	knowsId: YesNo;
	/** Whether you want to stay anonymous. */
	anonymous: YesNo;
}

export const CHANNEL_IDS = ['sbt', 'sp4n-lapor', 'bawaslu', 'atasan-terlapor', 'instansi'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const NOTE_IDS = ['saluran-bisa-berubah', 'anonim', 'bakal-calon', 'tahap-tidak-tahu', 'pasal-71', 'non-asn', 'atasan-sendiri'] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export const PREPARE_IDS = ['waktu-tempat', 'siapa', 'bukti', 'tautan', 'nip', 'tahapan', 'nomor-pengaduan', 'jaga-identitas'] as const;
export type PrepareId = (typeof PREPARE_IDS)[number];

export interface ReportRoute {
	/** Where to send the report first. */
	primary: ChannelId[];
	/** Where it may also go. */
	also: ChannelId[];
	notes: NoteId[];
	prepare: PrepareId[];
}

const ASN_SUBJECTS: readonly Involved[] = ['asn', 'atasan'];

/** The channel for an ASN's neutrality breach: SBT with a NIP or NIK, SP4N-LAPOR! without. */
function personnelChannel(knowsId: YesNo): ChannelId {
	return knowsId === 'ya' ? 'sbt' : 'sp4n-lapor';
}

/** Decide which channels fit the answers, most fitting first, with notes and a checklist. */
export function routeReport(answers: ReportAnswers): ReportRoute {
	const { involved, stage, knowsId, anonymous } = answers;
	const primary: ChannelId[] = [];
	const also: ChannelId[] = [];
	const notes: NoteId[] = ['saluran-bisa-berubah'];

	if (ASN_SUBJECTS.includes(involved)) {
		primary.push(personnelChannel(knowsId));
		// During the election stages Bawaslu studies neutrality reports; before them BKN's channel is enough.
		if (stage !== 'sebelum') also.push('bawaslu');
		// Telling the superior reveals who you are, so it is offered only to those who do not mind.
		if (anonymous === 'tidak') also.push('atasan-terlapor');
		if (involved === 'atasan') notes.push('atasan-sendiri');
	} else if (involved === 'kepala-daerah') {
		primary.push('bawaslu');
		// A Pj kepala daerah is an ASN, so the personnel channel applies too.
		also.push(personnelChannel(knowsId));
		notes.push('pasal-71');
	} else if (involved === 'tim-kampanye') {
		primary.push('bawaslu');
		// The ASN a team drew in is reported through the personnel channel.
		also.push(personnelChannel(knowsId));
	} else {
		primary.push('instansi');
		notes.push('non-asn');
	}

	if (stage === 'sebelum') notes.push('bakal-calon');
	if (stage === 'tidak-tahu') notes.push('tahap-tidak-tahu');
	if (anonymous === 'ya') notes.push('anonim');

	const channels = [...primary, ...also];
	const prepare: PrepareId[] = ['waktu-tempat', 'siapa', 'bukti', 'tautan'];
	if (knowsId === 'ya' && involved !== 'non-asn') prepare.push('nip');
	if (channels.includes('bawaslu')) prepare.push('tahapan');
	if (channels.includes('sbt') || channels.includes('sp4n-lapor')) prepare.push('nomor-pengaduan');
	if (anonymous === 'ya') prepare.push('jaga-identitas');

	return { primary, also, notes, prepare };
}

/** Read answers from form values; undefined until all four have an allowed value. */
export function readReportAnswers(values: Partial<Record<keyof ReportAnswers, string | null | undefined>>): ReportAnswers | undefined {
	const pick = <T extends string>(allowed: readonly T[], value: string | null | undefined): T | undefined =>
		allowed.find((candidate) => candidate === value);
	const involved = pick(INVOLVED_VALUES, values.involved);
	const stage = pick(STAGE_VALUES, values.stage);
	const knowsId = pick(YES_NO_VALUES, values.knowsId);
	const anonymous = pick(YES_NO_VALUES, values.anonymous);
	if (!involved || !stage || !knowsId || !anonymous) return undefined;
	return { involved, stage, knowsId, anonymous };
}

/** The anchor of a channel's section on the page, shared by the section and the links to it. */
export function channelAnchor(channelId: ChannelId): string {
	return `saluran-${channelId}`;
}
