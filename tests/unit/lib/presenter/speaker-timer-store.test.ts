import { describe, expect, test } from 'vitest';
import { loadSpeakerTimer, parseSpeakerTimer, restartSpeakerTimer, SESSION_LIFETIME_MS, SPEAKER_TIMER_KEY } from '~/lib/presenter/speaker-timer-store';
import { createMemoryStorage } from '~/lib/storage/browser-storage';
import { createThrowingStorage } from '../../../support/storage';

const NOW = Date.UTC(2026, 11, 1, 2, 0);

describe('loadSpeakerTimer', () => {
	test('starts a session at now and stores it when there is none', () => {
		const storage = createMemoryStorage();
		expect(loadSpeakerTimer(storage, NOW)).toEqual({ startedAt: NOW, durationMinutes: null });
		expect(JSON.parse(storage.entries.get(SPEAKER_TIMER_KEY) ?? '')).toEqual({ startedAt: NOW, durationMinutes: null });
	});

	test('keeps counting from the stored start after a reload', () => {
		const storage = createMemoryStorage();
		restartSpeakerTimer(storage, NOW, 45);
		expect(loadSpeakerTimer(storage, NOW + 20 * 60_000)).toEqual({ startedAt: NOW, durationMinutes: 45 });
	});

	test('starts afresh, keeping the session length, once the stored session is 12 hours old', () => {
		const storage = createMemoryStorage();
		restartSpeakerTimer(storage, NOW, 45);
		expect(loadSpeakerTimer(storage, NOW + SESSION_LIFETIME_MS)).toEqual({ startedAt: NOW + SESSION_LIFETIME_MS, durationMinutes: 45 });
	});

	test('resets a corrupted value and a start in the future', () => {
		for (const text of ['{', '"x"', '{"startedAt":"kemarin","durationMinutes":null}', '{"startedAt":1,"durationMinutes":9999}', JSON.stringify({ startedAt: NOW + 60_000, durationMinutes: 30 })]) {
			const storage = createMemoryStorage({ [SPEAKER_TIMER_KEY]: text });
			expect(loadSpeakerTimer(storage, NOW).startedAt, text).toBe(NOW);
		}
	});

	test('works in memory when storage is missing or throws', () => {
		const throwing = createThrowingStorage();
		expect(loadSpeakerTimer(undefined, NOW)).toEqual({ startedAt: NOW, durationMinutes: null });
		expect(loadSpeakerTimer(throwing, NOW)).toEqual({ startedAt: NOW, durationMinutes: null });
	});
});

describe('parseSpeakerTimer', () => {
	test('accepts the documented shape only', () => {
		expect(parseSpeakerTimer({ startedAt: NOW, durationMinutes: 90 })).toEqual({ startedAt: NOW, durationMinutes: 90 });
		expect(parseSpeakerTimer({ startedAt: NOW })).toBeUndefined();
		expect(parseSpeakerTimer({ startedAt: NOW, durationMinutes: 0 })).toBeUndefined();
		expect(parseSpeakerTimer(null)).toBeUndefined();
	});
});
