/**
 * Indonesia's three time zones. Receipts store the instant in UTC and show it in the event's zone,
 * the way participants and organisers read a clock ("2026-12-01 15:06 WIB"); what is printed can be
 * typed back and reads as the same instant.
 */
export const TIME_ZONES = ['WIB', 'WITA', 'WIT'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];

/** Hours ahead of UTC; Indonesia keeps no daylight saving time. */
export const ZONE_OFFSET_HOURS: Record<TimeZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

const HOUR = 3_600_000;
const pad = (value: number) => String(value).padStart(2, '0');

/** Whether a value is one of WIB, WITA, WIT. */
export function isTimeZone(value: unknown): value is TimeZone {
	return typeof value === 'string' && (TIME_ZONES as readonly string[]).includes(value);
}

/** Read a wall-clock "YYYY-MM-DDTHH:mm" (or with a space) in a zone as a UTC instant, in ms; NaN when impossible. */
export function localToInstant(local: string, zone: TimeZone): number {
	const match = local.trim().match(/^(\d{4})-(\d{2})-(\d{2})[ T](\d{2})[:.](\d{2})$/);
	if (!match) return Number.NaN;
	const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
	const utc = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(utc);
	// Date.UTC rolls 31 February into March; a date that does not round-trip does not exist.
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return Number.NaN;
	return utc - ZONE_OFFSET_HOURS[zone] * HOUR;
}

/** Show an instant as the zone's wall clock, "2026-12-01 15:06 WIB". */
export function formatZoned(instant: number, zone: TimeZone): string {
	const local = new Date(instant + ZONE_OFFSET_HOURS[zone] * HOUR);
	return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${zone}`;
}

/** The instant as a minute-precision UTC ISO string, "2026-12-01T08:06Z": the form receipts store. */
export function toIsoMinute(instant: number): string {
	return `${new Date(Math.floor(instant / 60_000) * 60_000).toISOString().slice(0, 16)}Z`;
}

/**
 * Read a time as printed or typed: "2026-12-01 15:06 WIB", "2026-12-01 08:06 UTC",
 * "2026-12-01T08:06Z", with "." for ":" as phones often type. Returns the instant (ms) or NaN.
 */
export function parseTypedTime(text: string): number {
	const match = text.trim().match(/^(\d{4}-\d{2}-\d{2})[ T](\d{1,2})[:.](\d{2})\s*(WIB|WITA|WIT|UTC|Z|GMT)?$/i);
	if (!match) return Number.NaN;
	const [, date, hour, minute, zoneText] = match as unknown as [string, string, string, string, string | undefined];
	const zone = zoneText?.toUpperCase();
	const local = `${date}T${hour.padStart(2, '0')}:${minute}`;
	if (zone === undefined) return Number.NaN;
	if (isTimeZone(zone)) return localToInstant(local, zone);
	const utc = localToInstant(local, 'WIB');
	return Number.isNaN(utc) ? utc : utc + ZONE_OFFSET_HOURS.WIB * HOUR;
}
