/** A row's citations after factoring: those it alone carries, and the numbers of shared notes. */
export interface FactoredRow {
	own: string[];
	notes: number[];
}

/**
 * Move every citation shared by at least `minRows` rows into a numbered note (most shared first),
 * so a dense printed table names each shared article once. Every row keeps all its citations:
 * its own in place, the shared ones as note numbers, in the order they first appear in the row.
 */
export function factorCommonCitations(rows: readonly (readonly string[])[], minRows: number): { rows: FactoredRow[]; notes: string[] } {
	const counts = new Map<string, number>();
	for (const row of rows) for (const citation of new Set(row)) counts.set(citation, (counts.get(citation) ?? 0) + 1);
	const notes = [...counts.entries()]
		.filter(([, count]) => count >= minRows)
		.sort((a, b) => b[1] - a[1])
		.map(([citation]) => citation);
	const noteNumber = new Map(notes.map((citation, index) => [citation, index + 1]));
	return {
		notes,
		rows: rows.map((row) => ({
			own: row.filter((citation) => !noteNumber.has(citation)),
			notes: [...new Set(row.flatMap((citation) => noteNumber.get(citation) ?? []))].sort((a, b) => a - b),
		})),
	};
}
