/** List the legal reference ids a page cites with <Citation to="..."/>, once each, in order. */
export function extractCitationRefs(body: string): string[] {
	const refs = [...body.matchAll(/<Citation\b[^>]*\bto=["']([^"']+)["']/g)].map((match) => match[1] ?? '');
	return [...new Set(refs.filter(Boolean))];
}

/** The legal source ids behind a list of references ("uu-20-2023/pasal-9" -> "uu-20-2023"). */
export function sourceIdsOf(refIds: readonly string[]): string[] {
	return [...new Set(refIds.map((refId) => refId.split('/')[0] ?? refId))];
}
