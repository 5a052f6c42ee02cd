import type { CheckerLabels } from '~/config/ui-strings';

interface Props {
	labels: CheckerLabels;
	isBusy: boolean;
	onCheck: (text: string) => void;
}

/** Paste one receipt or hundreds (a WhatsApp chat export included) and check them all. */
export default function PastePanel({ labels, isBusy, onCheck }: Props) {
	return (
		<form
			class="pledge-form"
			onSubmit={(event) => {
				event.preventDefault();
				const form = event.currentTarget;
				onCheck(String(new FormData(form).get('teks') ?? ''));
				form.reset();
			}}
		>
			<h3>{labels.pasteTitle}</h3>
			<div class="filter-field">
				<label for="periksa-teks">{labels.pasteLabel}</label>
				<textarea id="periksa-teks" name="teks" rows={6} maxLength={2_000_000} aria-describedby="periksa-teks-bantuan" />
				<p id="periksa-teks-bantuan" class="receipt-honesty">
					{labels.pasteHint}
				</p>
			</div>
			<button type="submit" class="quiz-button" disabled={isBusy}>
				{labels.check}
			</button>
		</form>
	);
}
