import { describe, expect, test } from 'vitest';
import { encodeCrockford, formatCrockford, normaliseCrockford } from '~/lib/pledge/crockford';
import { formatZoned, localToInstant, parseTypedTime, toIsoMinute } from '~/lib/pledge/time-zone';

describe('normaliseCrockford', () => {
	test('ignores case, spaces and hyphens and reads I and L as 1, O as 0', () => {
		expect(normaliseCrockford('ab1de-fghjk')).toBe('AB1DEFGHJK');
		expect(normaliseCrockford(' abIde fghjk ')).toBe('AB1DEFGHJK');
		expect(normaliseCrockford('ABlDE-FGHJK')).toBe('AB1DEFGHJK');
		expect(normaliseCrockford('O0oo')).toBe('0000');
	});

	test('keeps characters outside the alphabet, so a wrong code stays wrong', () => {
		expect(normaliseCrockford('ABUDE')).toBe('ABUDE');
	});
});

describe('encodeCrockford and formatCrockford', () => {
	test('encodes the leading bits in order and groups by five', () => {
		expect(encodeCrockford(new Uint8Array([0xff, 0xff]), 3)).toBe('ZZZ');
		expect(encodeCrockford(new Uint8Array([0, 0, 0, 0, 0, 0, 0]), 10)).toBe('0000000000');
		expect(formatCrockford('abcdefghjk')).toBe('ABCDE-FGHJK');
	});
});

describe('time zones', () => {
	test('reads a WIB, WITA or WIT wall clock as the same UTC instant', () => {
		const utc = Date.parse('2026-12-01T08:06:00Z');
		expect(localToInstant('2026-12-01T15:06', 'WIB')).toBe(utc);
		expect(localToInstant('2026-12-01T16:06', 'WITA')).toBe(utc);
		expect(localToInstant('2026-12-01 17:06', 'WIT')).toBe(utc);
	});

	test('rejects dates that are not on the calendar', () => {
		expect(localToInstant('2026-02-30T10:00', 'WIB')).toBeNaN();
		expect(localToInstant('2026-12-01T24:10', 'WIB')).toBeNaN();
		expect(localToInstant('kemarin', 'WIB')).toBeNaN();
	});

	test('formats an instant as the zone shows it, and reads the printed form back', () => {
		const instant = Date.parse('2026-12-01T08:06:00Z');
		expect(formatZoned(instant, 'WITA')).toBe('2026-12-01 16:06 WITA');
		for (const printed of ['2026-12-01 15:06 WIB', '2026-12-01 16:06 WITA', '2026-12-01 17:06 wit', '2026-12-01 08:06 UTC', '2026-12-01T08:06Z', '2026-12-01 15.06 WIB']) {
			expect(parseTypedTime(printed), printed).toBe(instant);
		}
		expect(toIsoMinute(instant + 59_000)).toBe('2026-12-01T08:06Z');
	});

	test('refuses a time without its zone, since it could be any of three', () => {
		expect(parseTypedTime('2026-12-01 15:06')).toBeNaN();
	});
});
