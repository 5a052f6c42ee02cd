import { getCollection } from 'astro:content';
import { verdictLabels } from '~/config/ui-strings';
import { drawPledgeQuestions, listPledgeCandidates } from '~/lib/pledge/draw-questions';
import { QUESTION_COUNT_RANGE } from '~/lib/pledge/event';
import { createSeededRandom } from '~/lib/quiz/random';
import { toQuizView, type QuizQuestionView } from '~/lib/quiz/quiz-view';
import { loadLegalIndex } from '../content/load-legal-index';

/** Every bank's situation questions, one list per bank: only they can be drawn, so only they travel to the page. */
export async function loadPledgeBanks(): Promise<QuizQuestionView[][]> {
	const legalIndex = await loadLegalIndex();
	const banks = (await getCollection('questionBanks')).sort((a, b) => a.id.localeCompare(b.id));
	return banks.map((bank) => listPledgeCandidates(toQuizView(bank, legalIndex, verdictLabels).questions));
}

/**
 * The most questions an event may ask: what the draw gives every time (it returns fewer when the
 * banks run out of questions on distinct acts), so a receipt's count always matches its event's.
 */
export async function countDrawableQuestions(): Promise<number> {
	const banks = await loadPledgeBanks();
	const sizes = Array.from({ length: 20 }, (_, seed) => drawPledgeQuestions(banks, QUESTION_COUNT_RANGE.max, createSeededRandom(`batas-${seed}`)).length);
	return Math.min(...sizes);
}
