import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearScannedCards } from '~/components/cards/card-scan-client';
import { startHallQuiz } from '~/components/presenter/hall-quiz-client';
import { hallQuizLabels } from '~/config/ui-strings';
import { CARD_TALLY_KEY, loadCardTally, saveCardTally } from '~/lib/cards/card-tally';
import { HALL_TALLY_KEY } from '~/lib/presenter/hall-tally';
import { findBrowserStorage } from '~/lib/storage/browser-storage';

const QUIZ = '/presentasi/kuis-kelas/media-sosial/';
const OTHER_QUIZ = '/presentasi/kuis-kelas/asas-dan-dasar-hukum/';
const config = { bankId: 'media-sosial', passMark: 70, questions: [{ id: 'q1', number: 1, options: [{ value: 'boleh', letter: 'A', isCorrect: false }, { value: 'tidak-boleh', letter: 'B', isCorrect: true }] }] };
const cards = { eventCode: undefined, answers: { q1: { 3: 'A' as const, 8: 'B' as const } }, key: { q1: ['B'] }, updatedAt: '2026-12-01T09:30:00.000Z' };

/** The parts of the hall quiz page the clear button works on: a counts fieldset and the summary. */
function renderHallQuiz() {
	document.body.innerHTML = `
		<fieldset data-hands-for="q1">
			<input data-hands-input data-option-value="boleh" aria-label="A" />
			<input data-hands-input data-option-value="tidak-boleh" aria-label="B" />
		</fieldset>
		<section data-hall-summary>
			<p data-summary-overall></p>
			<p data-summary-saved></p>
			<button type="button" data-summary-clear>${hallQuizLabels.summaryClear}</button>
		</section>`;
	const summary = document.querySelector<HTMLElement>('[data-hall-summary]')!;
	summary.dataset.hallSummary = JSON.stringify(config);
	summary.dataset.labels = JSON.stringify(hallQuizLabels);
}

beforeEach(() => {
	window.localStorage.clear();
	window.history.replaceState(null, '', QUIZ);
});
afterEach(() => {
	document.body.innerHTML = '';
	vi.restoreAllMocks();
});

describe('Hapus semua hitungan', () => {
	test('clears the show-of-hands counts and the answer cards scanned in this hall quiz, not another quiz\'s', () => {
		saveCardTally(findBrowserStorage(), { version: 1, quizzes: { [QUIZ]: cards, [OTHER_QUIZ]: cards } });
		window.localStorage.setItem(HALL_TALLY_KEY, JSON.stringify({ banks: { 'media-sosial': { counts: { q1: { boleh: 1, 'tidak-boleh': 1 } }, updatedAt: '2026-12-01T09:30:00.000Z' } } }));
		renderHallQuiz();
		startHallQuiz({ onClear: clearScannedCards });
		const fieldB = document.querySelector<HTMLInputElement>('[aria-label="B"]')!;
		expect(fieldB.value).toBe('1');
		vi.spyOn(window, 'confirm').mockReturnValue(true);
		document.querySelector<HTMLButtonElement>('[data-summary-clear]')!.click();
		expect(Object.keys(loadCardTally(findBrowserStorage()).quizzes)).toEqual([OTHER_QUIZ]);
		expect(fieldB.value).toBe('');
		expect(document.querySelector('[data-summary-saved]')!.textContent).toBe(hallQuizLabels.summaryCleared);
	});

	test('keeps everything when the presenter cancels', () => {
		saveCardTally(findBrowserStorage(), { version: 1, quizzes: { [QUIZ]: cards } });
		renderHallQuiz();
		startHallQuiz({ onClear: clearScannedCards });
		vi.spyOn(window, 'confirm').mockReturnValue(false);
		document.querySelector<HTMLButtonElement>('[data-summary-clear]')!.click();
		expect(window.localStorage.getItem(CARD_TALLY_KEY)).toContain(QUIZ);
	});
});
