import { describe, expect, test } from 'vitest';
import { assessPace, describeCountdown, formatClockTime, formatElapsed, parseCountdownMinutes } from '~/lib/presenter/speaker-clock';

const MINUTE = 60_000;

describe('formatElapsed', () => {
	test('shows minutes and seconds', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(4 * 60_000 + 7_000)).toBe('4:07');
		expect(formatElapsed(59_999)).toBe('0:59');
	});

	test('adds hours past an hour', () => {
		expect(formatElapsed(3_600_000 + 2 * 60_000 + 9_000)).toBe('1:02:09');
	});

	test('never shows a negative time', () => {
		expect(formatElapsed(-5_000)).toBe('0:00');
	});
});

describe('formatClockTime', () => {
	test('writes the time of day as 24-hour hours.minutes, in the zone asked for', () => {
		const date = new Date('2026-12-01T02:05:30Z');
		expect(formatClockTime(date, 'Asia/Jakarta')).toBe('09.05');
		expect(formatClockTime(date, 'Asia/Jayapura')).toBe('11.05');
		expect(formatClockTime(new Date('2026-12-01T16:59:00Z'), 'Asia/Jakarta')).toBe('23.59');
	});
});

describe('parseCountdownMinutes', () => {
	test('reads whole minutes from 1 to 480', () => {
		expect(parseCountdownMinutes(' 45 ')).toBe(45);
		expect(parseCountdownMinutes('480')).toBe(480);
	});

	test('rejects nothing, zero, too long, fractions and words', () => {
		for (const text of ['', '0', '481', '1.5', '-5', 'empat puluh']) expect(parseCountdownMinutes(text), text).toBeUndefined();
	});
});

describe('describeCountdown', () => {
	test('counts down, showing 0:01 in the last second', () => {
		expect(describeCountdown(45 * MINUTE, 0)).toEqual({ milliseconds: 45 * MINUTE, isOver: false, text: '45:00' });
		expect(describeCountdown(45 * MINUTE, 27 * MINUTE + 3_500).text).toBe('17:57');
		expect(describeCountdown(MINUTE, MINUTE - 400).text).toBe('0:01');
	});

	test('counts the overrun once time is up', () => {
		expect(describeCountdown(MINUTE, MINUTE)).toEqual({ milliseconds: 0, isOver: true, text: '+0:00' });
		expect(describeCountdown(10 * MINUTE, 12 * MINUTE + 10_000)).toMatchObject({ isOver: true, text: '+2:10' });
	});
});

describe('assessPace', () => {
	// 20 slides in 40 minutes: two minutes a slide.
	const pace = (elapsedMinutes: number, index: number) => assessPace({ elapsedMs: elapsedMinutes * MINUTE, durationMs: 40 * MINUTE, index, total: 20 });

	test('is on track while the slide on screen is the one an even pace would show', () => {
		expect(pace(0, 0)).toEqual({ status: 'on-track', slides: 0, expectedIndex: 0 });
		expect(pace(11, 5)).toEqual({ status: 'on-track', slides: 0, expectedIndex: 5 });
	});

	test('is behind by the slides an even pace would have covered', () => {
		expect(pace(20, 7)).toEqual({ status: 'behind', slides: 3, expectedIndex: 10 });
	});

	test('is ahead when the presenter reached a slide before its share began', () => {
		expect(pace(4, 6)).toEqual({ status: 'ahead', slides: 4, expectedIndex: 2 });
	});

	test('says the time is over once the session has run out, with the slides left', () => {
		expect(pace(41, 15)).toEqual({ status: 'over', slides: 4, expectedIndex: 19 });
	});
});
