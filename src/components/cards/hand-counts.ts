/** The seam between the cards and Kuis Kelas: card counts go into the show-of-hands fields. */
import { countCardAnswers, type QuestionAnswers } from '~/lib/cards/card-tally';

/** Write the card counts into a question's hands fields and let the hall quiz redraw its distribution. */
export function fillHandCounts(fieldset: HTMLFieldSetElement, answers: QuestionAnswers, letters: readonly string[]): void {
	const counts = countCardAnswers(answers, { letters });
	fieldset.querySelectorAll<HTMLInputElement>('[data-hands-input]').forEach((input, index) => {
		input.value = String(counts[index] ?? 0);
	});
	fieldset.dispatchEvent(new Event('input', { bubbles: true }));
}
