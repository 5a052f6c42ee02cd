import { describe, expect, test } from 'vitest';
import { formatIndonesianDate } from '~/lib/text/format-date';
import { formatLabel } from '~/lib/text/format-label';

describe('formatLabel', () => {
	test('fills named slots', () => {
		expect(formatLabel('Soal {current} dari {total}', { current: 2, total: 8 })).toBe('Soal 2 dari 8');
	});

	test('leaves unknown slots visible', () => {
		expect(formatLabel('{a} {b}', { a: 1 })).toBe('1 {b}');
	});
});

describe('formatIndonesianDate', () => {
	test('writes the month in Indonesian', () => {
		expect(formatIndonesianDate('2023-10-31')).toBe('31 Oktober 2023');
	});

	test('rejects a malformed date', () => {
		expect(() => formatIndonesianDate('2023-13-45')).toThrow(RangeError);
	});
});
