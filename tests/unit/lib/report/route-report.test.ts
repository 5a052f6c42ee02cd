import { describe, expect, test } from 'vitest';
import {
	CHANNEL_IDS,
	INVOLVED_VALUES,
	readReportAnswers,
	routeReport,
	STAGE_VALUES,
	YES_NO_VALUES,
	type ReportAnswers,
} from '~/lib/report/route-report';

const base: ReportAnswers = { involved: 'asn', stage: 'sesudah', knowsId: 'ya', anonymous: 'tidak' };

/** Every combination of the four answers. */
const everyAnswer: ReportAnswers[] = INVOLVED_VALUES.flatMap((involved) =>
	STAGE_VALUES.flatMap((stage) =>
		YES_NO_VALUES.flatMap((knowsId) => YES_NO_VALUES.map((anonymous) => ({ involved, stage, knowsId, anonymous }))),
	),
);

describe('routeReport', () => {
	test('sends an ASN with a known NIP or NIK to SBT BKN first', () => {
		expect(routeReport(base).primary).toEqual(['sbt']);
	});

	test('sends an ASN without a known NIP or NIK to SP4N-LAPOR!, never to SBT', () => {
		const route = routeReport({ ...base, knowsId: 'tidak' });
		expect(route.primary).toEqual(['sp4n-lapor']);
		expect([...route.primary, ...route.also]).not.toContain('sbt');
		expect(route.prepare).not.toContain('nip');
	});

	test('adds Bawaslu once the candidates are set or the stage is unknown, not before', () => {
		expect(routeReport({ ...base, stage: 'sesudah' }).also).toContain('bawaslu');
		expect(routeReport({ ...base, stage: 'tidak-tahu' }).also).toContain('bawaslu');
		expect(routeReport({ ...base, stage: 'sebelum' }).also).not.toContain('bawaslu');
	});

	test('offers the reported person\'s superior only to a reader who does not need anonymity', () => {
		expect(routeReport({ ...base, anonymous: 'tidak' }).also).toContain('atasan-terlapor');
		const anonymous = routeReport({ ...base, anonymous: 'ya' });
		expect([...anonymous.primary, ...anonymous.also]).not.toContain('atasan-terlapor');
		expect(anonymous.notes).toContain('anonim');
		expect(anonymous.prepare).toContain('jaga-identitas');
	});

	test('reminds a reader reporting their own superior that the superior\'s superior must act', () => {
		expect(routeReport({ ...base, involved: 'atasan' }).notes).toContain('atasan-sendiri');
	});

	test('sends kepala daerah and Pj cases to Bawaslu, with the personnel channel for a Pj', () => {
		const route = routeReport({ ...base, involved: 'kepala-daerah' });
		expect(route.primary).toEqual(['bawaslu']);
		expect(route.also).toEqual(['sbt']);
		expect(route.notes).toContain('pasal-71');
		expect(routeReport({ ...base, involved: 'kepala-daerah', knowsId: 'tidak' }).also).toEqual(['sp4n-lapor']);
	});

	test('sends campaign teams that draw in ASN to Bawaslu', () => {
		expect(routeReport({ ...base, involved: 'tim-kampanye', stage: 'sebelum' }).primary).toEqual(['bawaslu']);
	});

	test('sends non-ASN staff to their agency and says no national channel was found', () => {
		const route = routeReport({ ...base, involved: 'non-asn' });
		expect(route.primary).toEqual(['instansi']);
		expect(route.also).toEqual([]);
		expect(route.notes).toContain('non-asn');
		expect(route.prepare).not.toContain('nip');
	});

	test('flags the bakal calon stage and an unknown stage', () => {
		expect(routeReport({ ...base, stage: 'sebelum' }).notes).toContain('bakal-calon');
		expect(routeReport({ ...base, stage: 'tidak-tahu' }).notes).toContain('tahap-tidak-tahu');
	});

	test('for every combination: at least one channel, no channel twice, the changing-channel note first', () => {
		for (const answers of everyAnswer) {
			const route = routeReport(answers);
			const channels = [...route.primary, ...route.also];
			expect(route.primary.length).toBeGreaterThan(0);
			expect(new Set(channels).size).toBe(channels.length);
			for (const id of channels) expect(CHANNEL_IDS).toContain(id);
			expect(route.notes[0]).toBe('saluran-bisa-berubah');
			expect(route.prepare.slice(0, 4)).toEqual(['waktu-tempat', 'siapa', 'bukti', 'tautan']);
			if (channels.includes('sbt') || channels.includes('sp4n-lapor')) expect(route.prepare).toContain('nomor-pengaduan');
			if (channels.includes('bawaslu')) expect(route.prepare).toContain('tahapan');
		}
	});

	test('every channel is reachable from some combination of answers', () => {
		const reached = new Set(everyAnswer.flatMap((answers) => [...routeReport(answers).primary, ...routeReport(answers).also]));
		expect([...reached].sort()).toEqual([...CHANNEL_IDS].sort());
	});
});

describe('readReportAnswers', () => {
	test('reads four allowed values', () => {
		expect(readReportAnswers({ involved: 'atasan', stage: 'sebelum', knowsId: 'tidak', anonymous: 'ya' })).toEqual({
			involved: 'atasan',
			stage: 'sebelum',
			knowsId: 'tidak',
			anonymous: 'ya',
		});
	});

	test('returns undefined while an answer is missing or not an allowed value', () => {
		expect(readReportAnswers({ involved: 'asn', stage: 'sesudah', knowsId: 'ya' })).toBeUndefined();
		expect(readReportAnswers({ involved: 'kasn', stage: 'sesudah', knowsId: 'ya', anonymous: 'ya' })).toBeUndefined();
		expect(readReportAnswers({ involved: 'asn', stage: null, knowsId: 'ya', anonymous: 'ya' })).toBeUndefined();
	});
});
