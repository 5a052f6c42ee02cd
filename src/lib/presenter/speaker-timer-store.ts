/**
 * The speaker window's session clock, kept on the device so a reloaded or reopened speaker window
 * (or the next lesson's deck in the same session) keeps counting from the same start.
 *
 * Key: `netralitas:pembicara:v1` (this module is its only owner), through src/lib/storage/browser-storage.ts.
 * Shape: `{ "startedAt": 1796100000000, "durationMinutes": 45 }`: the start in epoch milliseconds,
 * and the session length the presenter set (null for none).
 * Lifecycle: written when the speaker window first opens and whenever the presenter restarts the
 * clock; a session older than 12 hours counts as over and a fresh one starts. Nothing else refers
 * to it, so a malformed value is simply removed and the clock starts from now.
 */
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { MAX_COUNTDOWN_MINUTES } from './speaker-clock';

export const SPEAKER_TIMER_KEY = 'netralitas:pembicara:v1';

/** After this long a stored session is a past one, not the talk in progress. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

export interface SpeakerTimer {
	startedAt: number;
	durationMinutes: number | null;
}

/** Accept only the documented shape. */
export function parseSpeakerTimer(value: unknown): SpeakerTimer | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { startedAt, durationMinutes } = value as Record<string, unknown>;
	if (typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return undefined;
	const isDuration = durationMinutes === null || (Number.isInteger(durationMinutes) && (durationMinutes as number) >= 1 && (durationMinutes as number) <= MAX_COUNTDOWN_MINUTES);
	if (!isDuration) return undefined;
	return { startedAt, durationMinutes: durationMinutes as number | null };
}

/** Read the session in progress, or start and store a new one at `now`. */
export function loadSpeakerTimer(storage: StorageLike | undefined, now: number): SpeakerTimer {
	const stored = readStored(storage, SPEAKER_TIMER_KEY, parseSpeakerTimer);
	if (stored && stored.startedAt <= now && now - stored.startedAt < SESSION_LIFETIME_MS) return stored;
	return restartSpeakerTimer(storage, now, stored?.durationMinutes ?? null);
}

/** Start the session clock from zero at `now`, with a session length or none; stored where the device allows. */
export function restartSpeakerTimer(storage: StorageLike | undefined, now: number, durationMinutes: number | null): SpeakerTimer {
	const timer = { startedAt: now, durationMinutes };
	writeStored(storage, SPEAKER_TIMER_KEY, timer);
	return timer;
}
