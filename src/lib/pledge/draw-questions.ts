import type { RandomSource } from '~/lib/quiz/random';
import { shuffle } from '~/lib/quiz/shuffle';

/**
 * Draw `count` questions balanced across modules: each module's questions are shuffled, then taken
 * in turns (modules in shuffled order too), so no module gets two more than another while it has
 * questions left.
 */
export function drawBalancedQuestions<T>(modules: readonly (readonly T[])[], count: number, random: RandomSource): T[] {
	const pools = shuffle(
		modules.filter((questions) => questions.length > 0).map((questions) => shuffle(questions, random)),
		random,
	);
	const drawn: T[] = [];
	for (let round = 0; drawn.length < count && pools.some((pool) => round < pool.length); round++) {
		for (const pool of pools) {
			if (drawn.length === count) break;
			const question = pool[round];
			if (question !== undefined) drawn.push(question);
		}
	}
	return shuffle(drawn, random);
}
