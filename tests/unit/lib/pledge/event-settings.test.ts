import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, readEventSettings, writeEventLink } from '~/lib/pledge/event-settings';

describe('readEventSettings', () => {
	test('uses the defaults without parameters', () => {
		expect(readEventSettings('', 68)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
	});

	test('reads an organiser link', () => {
		expect(readEventSettings('?acara=ikrar-gumas-2024&soal=25&lulus=90', 68)).toEqual({
			settings: { eventCode: 'IKRAR-GUMAS-2024', questionCount: 25, passMark: 0.9 },
			problems: [],
		});
	});

	test('names every bad value and keeps the defaults for them', () => {
		const { settings, problems } = readEventSettings('?acara=<script>&soal=5&lulus=abc', 68);
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems.map((problem) => problem.param)).toEqual(['acara', 'soal', 'lulus']);
		expect(problems[1]?.message).toBe('Jumlah soal harus bilangan bulat dari 10 sampai 40.');
	});

	test('caps the question count at what the bank holds', () => {
		expect(readEventSettings('?soal=30', 25).problems[0]?.message).toMatch(/10 sampai 25/);
	});
});

describe('writeEventLink', () => {
	test('round-trips the settings and leaves defaults out', () => {
		const link = writeEventLink('https://situs.example/ikrar/kuis/', { eventCode: 'IKRAR-X', questionCount: 20, passMark: 0.9 });
		expect(link).toBe('https://situs.example/ikrar/kuis/?acara=IKRAR-X&lulus=90');
		expect(readEventSettings(new URL(link).search, 68).settings).toEqual({ eventCode: 'IKRAR-X', questionCount: 20, passMark: 0.9 });
	});
});
