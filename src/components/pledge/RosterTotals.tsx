import type { CheckerLabels } from '~/config/ui-strings';
import type { Roster } from '~/lib/pledge/roster';

interface Props {
	roster: Roster;
	labels: CheckerLabels;
}

/** The roster's totals, and with an expected list, done and not yet per unit. */
export default function RosterTotals({ roster, labels }: Props) {
	const { totals, units } = roster;
	const items: [string, number][] = [
		[labels.totalDone, totals.done],
		...(totals.expected > 0 ? ([[labels.totalExpected, totals.expected], [labels.totalNotYet, totals.notYet], [labels.totalNotOnList, totals.notOnList]] as [string, number][]) : []),
		[labels.totalRefused, totals.refused],
		[labels.totalDuplicates, totals.duplicates],
		[labels.totalReceipts, totals.receipts],
	];
	return (
		<div class="roster-totals">
			<dl class="roster-counts">
				{items.map(([term, value]) => (
					<div key={term}>
						<dt>{term}</dt>
						<dd>{value}</dd>
					</div>
				))}
			</dl>
			{units.length > 0 && (
				<div class="checker-table-wrap" role="region" aria-label={labels.perUnit} tabIndex={0}>
					<table class="checker-table roster-units">
						<caption>{labels.perUnit}</caption>
						<thead>
							<tr>
								<th scope="col">{labels.unit}</th>
								<th scope="col">{labels.totalExpected}</th>
								<th scope="col">{labels.totalDone}</th>
								<th scope="col">{labels.totalNotYet}</th>
							</tr>
						</thead>
						<tbody>
							{units.map((unit) => (
								<tr key={unit.unit}>
									<th scope="row">{unit.unit}</th>
									<td>{unit.expected}</td>
									<td>{unit.done}</td>
									<td>{unit.notYet}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</div>
	);
}
