import type { RandomSource } from './random';

/** Return a shuffled copy of items (Fisher-Yates); the input is left untouched. */
export function shuffle<T>(items: readonly T[], random: RandomSource): T[] {
	const result = [...items];
	for (let index = result.length - 1; index > 0; index--) {
		const swap = Math.floor(random() * (index + 1));
		[result[index], result[swap]] = [result[swap] as T, result[index] as T];
	}
	return result;
}
