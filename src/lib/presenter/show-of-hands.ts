/** Show-of-hands counts for the hall quiz: the presenter types how many hands went up per option. */

/** Read a typed count: a whole number of hands, or undefined for an empty or unusable entry. */
export function parseHandCount(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^\d{1,6}$/.test(trimmed)) return undefined;
	return Number(trimmed);
}

export interface HandShare {
	count: number;
	/** Whole percent of all hands; the shares add up to exactly 100 when any hand was counted. */
	percent: number;
}

export interface HandDistribution {
	total: number;
	shares: HandShare[];
	/** Whether anything was counted; with nothing counted the distribution is not shown. */
	hasCounts: boolean;
}

/**
 * Turn per-option counts into shares. Percentages use the largest-remainder method so a projected
 * chart never adds up to 99% or 101%; an option left empty counts as zero hands.
 */
export function summariseHands(counts: readonly (number | undefined)[]): HandDistribution {
	const values = counts.map((count) => count ?? 0);
	const total = values.reduce((sum, count) => sum + count, 0);
	if (total === 0) {
		return { total, shares: values.map((count) => ({ count, percent: 0 })), hasCounts: counts.some((count) => count !== undefined) };
	}
	const exact = values.map((count) => (count * 100) / total);
	const percents = exact.map(Math.floor);
	let missing = 100 - percents.reduce((sum, percent) => sum + percent, 0);
	const byRemainder = exact
		.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
		.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	for (const { index } of byRemainder) {
		if (missing <= 0) break;
		percents[index] = (percents[index] ?? 0) + 1;
		missing--;
	}
	return { total, shares: values.map((count, index) => ({ count, percent: percents[index] ?? 0 })), hasCounts: true };
}
