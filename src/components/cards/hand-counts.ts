/** The seam between the cards and Kuis Kelas: card counts go into the show-of-hands fields. */
import { countCardAnswers, type QuestionAnswers } from '~/lib/cards/card-tally';

/**
 * Write the card counts into a question's hands fields, each as if typed (an input event from the
 * field itself), so the hall quiz keeps and redraws them exactly as it does typed counts.
 */
export function fillHandCounts(fieldset: HTMLFieldSetElement, answers: QuestionAnswers, letters: readonly string[]): void {
	const counts = countCardAnswers(answers, { letters });
	fieldset.querySelectorAll<HTMLInputElement>('[data-hands-input]').forEach((input, index) => {
		const value = String(counts[index] ?? 0);
		if (input.value === value) return;
		input.value = value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
}
