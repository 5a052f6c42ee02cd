import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, readEventSettings } from '~/lib/pledge/event-settings';

describe('readEventSettings (old query links, read as practice)', () => {
	test('uses the defaults without parameters', () => {
		expect(readEventSettings('', 68)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
	});

	test('reads an old organiser link, making the code from the name', () => {
		expect(readEventSettings('?acara=ikrar-gumas-2024&soal=25&lulus=90', 68)).toEqual({
			settings: { eventCode: 'IKRAR-GUMAS-2024', questionCount: 25, passPercent: 90 },
			problems: [],
		});
	});

	test('names every bad value and keeps the defaults for them', () => {
		const { settings, problems } = readEventSettings('?acara=!!&soal=5&lulus=abc', 68);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems.map((problem) => problem.param)).toEqual(['acara', 'soal', 'lulus']);
		expect(problems[1]?.message).toBe('Jumlah soal harus bilangan bulat dari 10 sampai 40.');
	});

	test('caps the question count at what the bank holds', () => {
		expect(readEventSettings('?soal=30', 25).problems[0]?.message).toMatch(/10 sampai 25/);
	});
});
