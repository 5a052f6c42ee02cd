import type { RandomSource } from '~/lib/quiz/random';
import { shuffle } from '~/lib/quiz/shuffle';
import type { QuestionKind, QuestionType } from '~/schemas/question-bank';

/** What a pledge draw needs of a question (a QuizQuestionView has all of it). */
export interface DrawableQuestion {
	id: string;
	type: QuestionType;
	kind: QuestionKind;
	/** Catalogue acts the question tests: no two drawn questions share one. */
	acts: readonly string[];
	correct: readonly string[];
}

/** The verdict key of a question ("boleh" / "tidak-boleh"), or null for choice questions. */
const keyOf = (question: DrawableQuestion) => (question.type === 'verdict' ? (question.correct[0] ?? null) : null);

/** Only situations go into a pledge: recall questions test memory, not conduct. */
export function listPledgeCandidates<Q extends DrawableQuestion>(bank: readonly Q[]): Q[] {
	return bank.filter((question) => question.kind === 'situasi');
}

/**
 * Draw up to `count` situation questions for a pledge quiz from every bank:
 * - balanced across banks (lessons): banks take turns, in a shuffled order, so none has two more
 *   than another while it still has questions it can give;
 * - balanced across keys: "boleh" and "tidak boleh" verdicts stay within one of each other while
 *   the banks allow it, so answering one verdict throughout cannot pass;
 * - no two questions on the same catalogue act, so one act never decides two answers.
 * Fewer than `count` come back only when the banks run out of questions that fit.
 */
export function drawPledgeQuestions<Q extends DrawableQuestion>(banks: readonly (readonly Q[])[], count: number, random: RandomSource): Q[] {
	const pools = shuffle(
		banks.map((bank) => shuffle(listPledgeCandidates(bank), random)).filter((pool) => pool.length > 0),
		random,
	);
	const drawn: Q[] = [];
	const usedActs = new Set<string>();
	const keyCount = new Map<string, number>();
	const imbalanceAfter = (key: string) => {
		const mine = (keyCount.get(key) ?? 0) + 1;
		const other = key === 'boleh' ? (keyCount.get('tidak-boleh') ?? 0) : (keyCount.get('boleh') ?? 0);
		return mine - other;
	};
	const fitsActs = (question: Q) => question.acts.every((act) => !usedActs.has(act));
	const take = (pool: Q[], index: number) => {
		const [question] = pool.splice(index, 1) as [Q];
		drawn.push(question);
		for (const act of question.acts) usedActs.add(act);
		const key = keyOf(question);
		if (key) keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
	};

	// Each round every bank gives at most one question; the key rule is relaxed only when a whole
	// round could give nothing under it.
	let isStrict = true;
	while (drawn.length < count) {
		let tookAny = false;
		for (const pool of pools) {
			if (drawn.length === count) break;
			const index = pool.findIndex((question) => {
				if (!fitsActs(question)) return false;
				const key = keyOf(question);
				return !isStrict || key === null || imbalanceAfter(key) <= 1;
			});
			if (index >= 0) {
				take(pool, index);
				tookAny = true;
			}
		}
		if (!tookAny) {
			if (!isStrict) break;
			isStrict = false;
		} else {
			isStrict = true;
		}
	}
	return shuffle(drawn, random);
}
