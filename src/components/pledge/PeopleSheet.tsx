import type { KitLabels } from '~/config/ui-strings';
import type { PledgeEvent } from '~/lib/pledge/event';
import type { Roster, RosterRow } from '~/lib/pledge/roster';

interface Props {
	event: PledgeEvent;
	roster: Roster;
	/** "belum": who has not done it yet, per unit; "hadir": the attendance sheet for everyone expected. */
	kind: 'belum' | 'hadir';
	labels: KitLabels;
}

/** A printable list of people grouped by unit: the "belum" list or the attendance sheet. */
export default function PeopleSheet({ event, roster, kind, labels }: Props) {
	const rows = kind === 'belum' ? roster.notYet : roster.rows.filter((row) => row.isExpected);
	const units = [...new Set(rows.map((row) => row.unit))].sort((a, b) => a.localeCompare(b, 'id'));
	const byUnit = (unit: string): RosterRow[] => rows.filter((row) => row.unit === unit);
	if (event.expected.length === 0) return <p class="quiz-hint">{labels.needsList}</p>;
	return (
		<article class="kit-page kit-people">
			<h3>{kind === 'belum' ? labels.notYetTitle : labels.attendanceTitle}</h3>
			<p>
				{event.name} ({event.code}) · {kind === 'belum' ? `${rows.length} / ${event.expected.length} ${labels.notYetCount}` : `${rows.length} ${labels.people}`}
			</p>
			{rows.length === 0 && <p>{labels.everyoneDone}</p>}
			{units.map((unit) => (
				<section key={unit} class="kit-unit">
					<table class="checker-table kit-table">
						<caption>
							{unit} ({byUnit(unit).length})
						</caption>
						<thead>
							<tr>
								<th scope="col">{labels.number}</th>
								<th scope="col">{labels.nip}</th>
								<th scope="col">{labels.name}</th>
								{kind === 'hadir' ? (
									<>
										<th scope="col">{labels.quizDone}</th>
										<th scope="col">{labels.presence}</th>
										<th scope="col">{labels.signature}</th>
									</>
								) : (
									<th scope="col">{labels.statusColumn}</th>
								)}
							</tr>
						</thead>
						<tbody>
							{byUnit(unit).map((row, index) => (
								<tr key={row.nip}>
									<td>{index + 1}</td>
									<td>{row.nip}</td>
									<td>{row.name}</td>
									{kind === 'hadir' ? (
										<>
											<td>{row.status === 'done' ? labels.yes : ''}</td>
											<td>{labels.presenceChoices}</td>
											<td class="kit-sign-cell" />
										</>
									) : (
										<td>{row.status === 'refused' ? labels.refused : labels.notYet}</td>
									)}
								</tr>
							))}
						</tbody>
					</table>
				</section>
			))}
		</article>
	);
}
