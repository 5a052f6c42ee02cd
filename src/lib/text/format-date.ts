/** Format an ISO date (YYYY-MM-DD) in Indonesian, e.g. "22 November 2026", independent of time zone. */
export function formatIndonesianDate(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) throw new RangeError(`Tanggal tidak valid: ${isoDate}`);
	return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
