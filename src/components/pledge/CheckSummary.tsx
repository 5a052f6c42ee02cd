import type { CheckerLabels } from '~/config/ui-strings';
import { formatReceiptTime } from '~/lib/pledge/receipt-codec';
import { formatLabel } from '~/lib/text/format-label';
import type { CheckOutcome } from './checker-session';

interface Props {
	outcome: CheckOutcome | null;
	labels: CheckerLabels;
}

/** What the last check found: counts, then every refused or unreadable receipt with its reasons. */
export default function CheckSummary({ outcome, labels }: Props) {
	if (!outcome) return null;
	const { found, valid, refused, duplicate, unreadable, checked } = outcome;
	if (found === 0 && unreadable.length === 0) return <p class="quiz-hint">{labels.nothingFound}</p>;
	const single = found === 1 && unreadable.length === 0 ? checked[0] : undefined;
	return (
		<div class={refused + unreadable.length === 0 ? 'quiz-verdict is-passed' : 'quiz-verdict is-failed'}>
			{single ? (
				<p>
					<strong>{single.judgement.isValid ? labels.valid : labels.invalid}</strong> {single.receipt.name} · {single.receipt.nip} · {single.receipt.correct}/{single.receipt.total} · {formatReceiptTime(single.receipt)}
				</p>
			) : (
				<p>
					<strong>{formatLabel(labels.summary, { found, valid, refused, duplicate, unreadable: unreadable.length })}</strong>
				</p>
			)}
			{checked.some((entry) => !entry.judgement.isValid) && (
				<>
					<p>{labels.reasons}</p>
					<ul class="checker-refusals">
						{checked
							.filter((entry) => !entry.judgement.isValid)
							.map((entry, index) => (
								<li key={`${entry.receipt.code}-${index}`}>
									<strong>{entry.receipt.name}</strong> ({entry.receipt.nip}):{' '}
									{entry.judgement.refusals.map((refusal) => refusal.message).join(' ')}
								</li>
							))}
					</ul>
				</>
			)}
			{unreadable.length > 0 && (
				<ul class="checker-refusals">
					{unreadable.map((item) => (
						<li key={item.line}>{formatLabel(labels.unreadableAt, { line: item.line, error: item.error })}</li>
					))}
				</ul>
			)}
			<p class="receipt-honesty">{labels.whatItMeans}</p>
		</div>
	);
}
