import { describe, expect, test } from 'vitest';
import { checkEventInput, createEvent, makeEventCode, readEventLink, writeEventLink, type EventInput } from '~/lib/pledge/event';
import { readEventSettings } from '~/lib/pledge/event-settings';
import { exportEventFile, importEventFile, loadEvents, putEvent, saveEvents, EVENT_KEY } from '~/lib/pledge/event-store';
import { createMemoryStorage } from '~/lib/storage/browser-storage';
import { EVENT, NOW } from './fixtures';

const input: EventInput = { name: 'Apel Netralitas Kab. Contoh', questionCount: '20', passPercent: '80', startsAt: '2026-12-01T07:30', endsAt: '2026-12-01T16:00', zone: 'WIB' };

describe('makeEventCode', () => {
	test('makes a code from an ordinary event name', () => {
		expect(makeEventCode('Apel Netralitas Kab. Contoh')).toBe('APEL-NETRALITAS-KAB-CONTOH');
		expect(makeEventCode('  Ikrar ASN — Kota Bàtu 2029 ')).toBe('IKRAR-ASN-KOTA-BATU-2029');
	});

	test('stays within 40 characters without a trailing hyphen', () => {
		const code = makeEventCode('Ikrar Netralitas Aparatur Sipil Negara Pemerintah Kabupaten Contoh');
		expect(code.length).toBeLessThanOrEqual(40);
		expect(code).not.toMatch(/-$/);
	});
});

describe('checkEventInput', () => {
	test('accepts a well-formed event', () => {
		expect(checkEventInput(input, 150, NOW)).toEqual([]);
	});

	test.each([
		['an empty name', { name: '  ' }, 'name'],
		['a name without letters', { name: '!!' }, 'name'],
		['one question', { questionCount: '1' }, 'questionCount'],
		['NaN questions', { questionCount: 'abc' }, 'questionCount'],
		['a 0% pass mark', { passPercent: '0' }, 'passPercent'],
		['a fractional pass mark', { passPercent: '75.5' }, 'passPercent'],
		['an unknown zone', { zone: 'UTC' }, 'zone'],
		['an impossible date', { startsAt: '2026-02-30T07:30' }, 'startsAt'],
		['a start in 2099', { startsAt: '2099-12-01T07:30', endsAt: '2099-12-01T16:00' }, 'startsAt'],
		['an end before the start', { endsAt: '2026-12-01T07:00' }, 'endsAt'],
		['a window of two months', { endsAt: '2027-02-01T07:00' }, 'endsAt'],
	] as const)('refuses %s, naming the field', (_, change, field) => {
		const problems = checkEventInput({ ...input, ...change }, 150, NOW);
		expect(problems.map((problem) => problem.field)).toContain(field);
	});

	test('caps the question count at what the banks hold', () => {
		expect(checkEventInput({ ...input, questionCount: '30' }, 25, NOW)[0]?.message).toMatch(/10 sampai 25/);
	});
});

describe('the participants link', () => {
	const event = createEvent(input, { quizVersion: '7K2M9QXA', expected: [], createdAt: '2026-11-30T02:00:00.000Z', randomBytes: (n) => new Uint8Array(n).fill(7) });

	test('carries the rules and the secret in the fragment and reads them back', () => {
		const link = writeEventLink('https://situs.example/ikrar/kuis/', event);
		expect(new URL(link).search).toBe('');
		const { rules } = readEventLink(new URL(link).hash);
		expect(rules).toMatchObject({ code: 'APEL-NETRALITAS-KAB-CONTOH', questionCount: 20, passPercent: 80, zone: 'WIB', secret: event.secret });
	});

	test('says the link is broken when it was cut off or edited out of range', () => {
		expect(readEventLink('#acara=eyJ').error).toMatch(/rusak/);
		const edited = writeEventLink('x', { ...event, passPercent: 10 });
		expect(readEventLink(edited.slice(edited.indexOf('#'))).error).toMatch(/tidak valid/);
		expect(readEventLink('').rules).toBeUndefined();
	});
});

describe('old query links', () => {
	test('make a code from a free-text name instead of refusing it', () => {
		expect(readEventSettings('?acara=Apel Netralitas Kab. Contoh', 150)).toEqual({ settings: { eventCode: 'APEL-NETRALITAS-KAB-CONTOH', questionCount: 20, passPercent: 80 }, problems: [] });
	});
});

describe('event store and event file', () => {
	test('round-trips an event through the device and through an exported file', () => {
		const storage = createMemoryStorage();
		const withList = { ...EVENT, expected: [{ nip: '198001012005012001', name: 'Siti', unit: 'Dinas A' }] };
		expect(saveEvents(storage, putEvent(loadEvents(storage), withList))).toBe(true);
		expect(loadEvents(storage)).toEqual({ version: 1, current: EVENT.code, events: [withList] });
		expect(importEventFile(exportEventFile(withList))).toEqual({ event: withList });
	});

	test('resets a corrupted key and explains a wrong file', () => {
		const storage = createMemoryStorage({ [EVENT_KEY]: '{"version":1,"events":[{"code":1}]' });
		expect(loadEvents(storage).events).toEqual([]);
		expect(importEventFile('not json').error).toMatch(/bukan JSON/);
		expect(importEventFile('{"format":"lain"}').error).toMatch(/bukan berkas acara/);
		expect(importEventFile(JSON.stringify({ format: 'netralitas-asn/acara', version: 1, event: { ...EVENT, passPercent: 0 } })).error).toMatch(/rusak/);
	});
});
