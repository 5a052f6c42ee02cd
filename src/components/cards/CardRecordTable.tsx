/**
 * The card record beside the roster's receipts: each expected participant's score from the answer
 * cards scanned in Kuis Kelas for the event, labelled as observed in the room.
 */
import type { CardRecordLabels } from '~/config/ui-strings';
import type { CardRecord } from '~/lib/cards/card-record';
import { describeCardRow } from '~/lib/cards/card-record-text';
import { formatLabel } from '~/lib/text/format-label';

interface Props {
	record: CardRecord;
	/** The event's pass mark, 0..1, as the pledge uses it. */
	passMark: number;
	labels: CardRecordLabels;
}

export default function CardRecordTable({ record, passMark, labels }: Props) {
	const read = record.rows.filter((row) => row.percent !== undefined).length;
	return (
		<section class="card-record" aria-labelledby="card-record-heading">
			<h3 id="card-record-heading">{labels.heading}</h3>
			<p class="card-record-observed">{labels.observed}</p>
			{record.questions === 0 ? (
				<p>{labels.none}</p>
			) : (
				<>
					<p role="status">
						{formatLabel(labels.summary, { read, expected: record.rows.length, questions: record.questions, quizzes: record.quizzes, passMark: Math.round(passMark * 100) })}
					</p>
					<div class="card-record-scroll">
						<table>
							<thead>
								<tr>
									<th scope="col">{labels.columnCard}</th>
									<th scope="col">{labels.columnNip}</th>
									<th scope="col">{labels.columnName}</th>
									<th scope="col">{labels.columnUnit}</th>
									<th scope="col">{labels.columnScore}</th>
									<th scope="col">{labels.columnVerdict}</th>
								</tr>
							</thead>
							<tbody>
								{record.rows.map((row) => {
									const cells = describeCardRow(row, labels);
									return (
										<tr key={row.cardNumber}>
											<td>{row.cardNumber}</td>
											<td>{row.participant?.nip ?? ''}</td>
											<td>{row.participant?.name ?? ''}</td>
											<td>{row.participant?.unit ?? ''}</td>
											<td>{cells.score}</td>
											<td>{cells.verdict}</td>
										</tr>
									);
								})}
							</tbody>
						</table>
					</div>
				</>
			)}
		</section>
	);
}
