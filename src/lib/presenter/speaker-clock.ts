/**
 * The speaker window's clocks, as pure functions of times passed in: the time of day, the time
 * since the talk started, a countdown the presenter sets for the session, and the pacing cue that
 * compares the slide on screen with where an even pace through the deck would be by now (as
 * reveal.js's speaker view does with its per-slide timings).
 */

/** Elapsed time: "4:07", or "1:02:09" past an hour; never negative. */
export function formatElapsed(milliseconds: number): string {
	const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
	const hours = Math.floor(totalSeconds / 3600);
	const minutes = Math.floor((totalSeconds % 3600) / 60);
	const seconds = String(totalSeconds % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The time of day as Indonesians write it on a clock: "09.05" (24-hour, a dot between). */
export function formatClockTime(date: Date, timeZone?: string): string {
	const parts = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(date);
	const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '00';
	return `${part('hour')}.${part('minute')}`;
}

/** Longest session a presenter can set: a full day of training. */
export const MAX_COUNTDOWN_MINUTES = 480;

/** Read the session length the presenter typed, in whole minutes (1 to 480); undefined otherwise. */
export function parseCountdownMinutes(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/.test(trimmed)) return undefined;
	const minutes = Number(trimmed);
	return minutes >= 1 && minutes <= MAX_COUNTDOWN_MINUTES ? minutes : undefined;
}

export interface Countdown {
	/** Time left, or the time over once it runs out (then positive too). */
	milliseconds: number;
	isOver: boolean;
	/** "17:57" while running, "+2:10" once over. */
	text: string;
}

/** Time left of a session of durationMs after elapsedMs; past zero it counts the overrun. */
export function describeCountdown(durationMs: number, elapsedMs: number): Countdown {
	const left = durationMs - elapsedMs;
	if (left > 0) {
		// Round up, so the countdown reads 0:01 in its last second and reaches 0:00 exactly at the end.
		return { milliseconds: left, isOver: false, text: formatElapsed(Math.ceil(left / 1000) * 1000) };
	}
	const over = elapsedMs - durationMs;
	return { milliseconds: over, isOver: true, text: `+${formatElapsed(over)}` };
}

export type PaceStatus = 'ahead' | 'on-track' | 'behind' | 'over';

export interface Pace {
	status: PaceStatus;
	/** How many slides ahead of (or behind) an even pace the presenter is; 0 when on track. */
	slides: number;
	/** The slide an even pace would have reached by now, 0-based. */
	expectedIndex: number;
}

export interface PaceInput {
	elapsedMs: number;
	durationMs: number;
	/** 0-based slide on screen, and the number of slides. */
	index: number;
	total: number;
}

/**
 * Compare the slide on screen with an even pace through the deck. Each slide gets an equal share
 * of the session; a presenter within the share of the slide on screen is on track, and one who is
 * still on a slide whose share has run out, or already on a slide whose share has not begun, is
 * behind or ahead by the whole slides between.
 */
export function assessPace({ elapsedMs, durationMs, index, total }: PaceInput): Pace {
	const share = durationMs / Math.max(total, 1);
	const expectedIndex = Math.min(Math.max(total - 1, 0), Math.floor(Math.max(elapsedMs, 0) / Math.max(share, 1)));
	if (elapsedMs >= durationMs) return { status: 'over', slides: Math.max(total - 1 - index, 0), expectedIndex };
	if (index < expectedIndex) return { status: 'behind', slides: expectedIndex - index, expectedIndex };
	if (index > expectedIndex) return { status: 'ahead', slides: index - expectedIndex, expectedIndex };
	return { status: 'on-track', slides: 0, expectedIndex };
}
