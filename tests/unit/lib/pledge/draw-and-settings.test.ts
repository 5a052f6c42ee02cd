import { describe, expect, test } from 'vitest';
import { drawBalancedQuestions } from '~/lib/pledge/draw-questions';
import { DEFAULT_SETTINGS, readEventSettings, writeEventLink } from '~/lib/pledge/event-settings';
import { createSeededRandom } from '~/lib/quiz/random';

const modules = [
	Array.from({ length: 8 }, (_, index) => `a${index}`),
	Array.from({ length: 10 }, (_, index) => `b${index}`),
	Array.from({ length: 2 }, (_, index) => `c${index}`),
	Array.from({ length: 10 }, (_, index) => `d${index}`),
];

describe('drawBalancedQuestions', () => {
	test('draws the asked number of distinct questions', () => {
		const drawn = drawBalancedQuestions(modules, 20, createSeededRandom(1));
		expect(drawn).toHaveLength(20);
		expect(new Set(drawn).size).toBe(20);
	});

	test('balances modules: none has two more than another while it still has questions', () => {
		for (let seed = 0; seed < 20; seed++) {
			const drawn = drawBalancedQuestions(modules, 20, createSeededRandom(seed));
			const perModule = ['a', 'b', 'c', 'd'].map((prefix) => drawn.filter((id) => id.startsWith(prefix)).length);
			expect(perModule[2]).toBe(2);
			const others = [perModule[0]!, perModule[1]!, perModule[3]!];
			expect(Math.max(...others) - Math.min(...others)).toBeLessThanOrEqual(1);
		}
	});

	test('gives a fresh draw for another seed and the same draw for the same seed', () => {
		expect(drawBalancedQuestions(modules, 20, createSeededRandom('x'))).toEqual(drawBalancedQuestions(modules, 20, createSeededRandom('x')));
		expect(drawBalancedQuestions(modules, 20, createSeededRandom('x'))).not.toEqual(drawBalancedQuestions(modules, 20, createSeededRandom('y')));
	});

	test('returns everything when asked for more than there is', () => {
		expect(drawBalancedQuestions([['a'], ['b']], 5, createSeededRandom(1)).sort()).toEqual(['a', 'b']);
	});
});

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
