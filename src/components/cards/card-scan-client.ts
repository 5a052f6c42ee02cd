/**
 * Wires the "Pindai kartu jawaban" buttons of Kuis Kelas. The scanner, its worker and the detector
 * are imported only on the first press, so a hall quiz run by show of hands loads none of them.
 * The counts the scanner fills in are kept by the hall quiz like typed ones (src/lib/presenter/hall-tally.ts).
 */
import type { CardLabels } from '~/config/ui-strings';
import { clearQuizCards } from '~/lib/cards/card-tally';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { findCardEvent } from './card-events';

/** The event a hall quiz runs for: `?acara=CODE`, as in the participants' link. */
function readEventCode(): string | undefined {
	const code = new URLSearchParams(location.search).get('acara')?.trim().toUpperCase();
	return code ? code : undefined;
}

function fieldsetFor(questionId: string): HTMLFieldSetElement | null {
	return document.querySelector<HTMLFieldSetElement>(`fieldset[data-hands-for="${CSS.escape(questionId)}"]`);
}

/** Forget the cards scanned in this hall quiz (one entry per page path, as the scanner keeps them). */
export function clearScannedCards(): boolean {
	return clearQuizCards(findBrowserStorage(), location.pathname);
}

export function startCardScanning(): void {
	const dialog = document.querySelector<HTMLDialogElement>('[data-card-scan-dialog]');
	const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-card-scan-for]')];
	if (!dialog || buttons.length === 0) return;
	const labels = JSON.parse(dialog.dataset.labels ?? '{}') as CardLabels;
	const eventCode = readEventCode();
	const quizPath = location.pathname;

	for (const button of buttons) {
		button.addEventListener('click', async () => {
			const questionId = button.dataset.cardScanFor ?? '';
			const fieldset = fieldsetFor(questionId);
			if (!fieldset) return;
			const { openCardScanner } = await import('./card-scanner');
			openCardScanner(
				dialog,
				{
					quizPath,
					eventCode,
					questionId,
					questionNumber: Number(button.dataset.number),
					letters: (button.dataset.letters ?? '').split(','),
					correctLetters: (button.dataset.correct ?? '').split(',').filter(Boolean),
					expectedCards: findCardEvent(eventCode)?.participants.length,
					fieldset,
				},
				labels,
			);
		});
	}
}
