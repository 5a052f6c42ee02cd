import type { CheckerLabels } from '~/config/ui-strings';
import { readTypedReceipt, TEXT_LABELS, type DecodeResult, type TypedReceipt } from '~/lib/pledge/receipt-codec';

interface Props {
	labels: CheckerLabels;
	onCheck: (result: DecodeResult) => void;
}

const FIELDS = ['name', 'nip', 'unit', 'eventCode', 'score', 'issuedAt', 'quizVersion', 'code'] as const;

/** Type a printed receipt back, field by field, exactly as printed. */
export default function ManualEntry({ labels, onCheck }: Props) {
	// The printed card's own labels, so each field asks for exactly what is printed beside it.
	const fieldLabels = TEXT_LABELS;
	return (
		<details class="checker-manual">
			<summary>{labels.manualTitle}</summary>
			<form
				class="pledge-form"
				noValidate
				onSubmit={(event) => {
					event.preventDefault();
					const data = new FormData(event.currentTarget);
					const typed: TypedReceipt = Object.fromEntries(FIELDS.map((field) => [field, String(data.get(field) ?? '')]));
					onCheck(readTypedReceipt(typed));
				}}
			>
				<p>{labels.manualHint}</p>
				{FIELDS.map((field) => (
					<div class="filter-field" key={field}>
						<label for={`manual-${field}`}>{fieldLabels[field]}</label>
						<input id={`manual-${field}`} name={field} maxLength={200} autoComplete="off" inputMode={field === 'nip' ? 'numeric' : undefined} />
					</div>
				))}
				<button type="submit" class="quiz-button">
					{labels.check}
				</button>
			</form>
		</details>
	);
}
