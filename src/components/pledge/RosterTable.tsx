import { useState } from 'preact/hooks';
import type { CheckerLabels } from '~/config/ui-strings';
import { formatReceiptTime } from '~/lib/pledge/receipt-codec';
import type { Roster, RosterRow, RowStatus } from '~/lib/pledge/roster';

interface Props {
	roster: Roster;
	labels: CheckerLabels;
}

type Filter = 'all' | RowStatus | 'not-on-list';

/** One row per NIP, filterable by status, unit and text; on a phone each row reads as a card. */
export default function RosterTable({ roster, labels }: Props) {
	const [filter, setFilter] = useState<Filter>('all');
	const [unit, setUnit] = useState('');
	const [text, setText] = useState('');
	const statusLabel: Record<RowStatus, string> = { done: labels.statusDone, refused: labels.statusRefused, 'not-yet': labels.statusNotYet };
	const units = [...new Set(roster.rows.map((row) => row.unit))].sort((a, b) => a.localeCompare(b, 'id'));
	const needle = text.trim().toLowerCase();
	const matches = (row: RosterRow) =>
		(filter === 'all' || (filter === 'not-on-list' ? !row.isExpected && roster.totals.expected > 0 : row.status === filter)) &&
		(!unit || row.unit === unit) &&
		(!needle || row.name.toLowerCase().includes(needle) || row.nip.includes(needle));
	const shown = roster.rows.filter(matches);
	const columns = [labels.nip, labels.name, labels.unit, labels.columnScore, labels.columnTime, labels.columnStatus];
	return (
		<div class="roster">
			<div class="roster-filters">
				<div class="filter-field">
					<label for="daftar-status">{labels.filterStatus}</label>
					<select id="daftar-status" value={filter} onChange={(event) => setFilter(event.currentTarget.value as Filter)}>
						<option value="all">{labels.filterAll}</option>
						<option value="done">{labels.statusDone}</option>
						<option value="not-yet">{labels.statusNotYet}</option>
						<option value="refused">{labels.statusRefused}</option>
						{roster.totals.expected > 0 && <option value="not-on-list">{labels.totalNotOnList}</option>}
					</select>
				</div>
				<div class="filter-field">
					<label for="daftar-unit">{labels.unit}</label>
					<select id="daftar-unit" value={unit} onChange={(event) => setUnit(event.currentTarget.value)}>
						<option value="">{labels.filterAll}</option>
						{units.map((name) => (
							<option key={name} value={name}>
								{name}
							</option>
						))}
					</select>
				</div>
				<div class="filter-field">
					<label for="daftar-cari">{labels.filterText}</label>
					<input id="daftar-cari" type="search" value={text} onInput={(event) => setText(event.currentTarget.value)} />
				</div>
			</div>
			<p role="status" class="receipt-honesty">
				{shown.length} / {roster.rows.length}
			</p>
			<div class="checker-table-wrap" role="region" aria-label={labels.rosterTitle} tabIndex={0}>
				<table class="checker-table roster-table">
					<thead>
						<tr>
							{columns.map((column) => (
								<th scope="col" key={column}>
									{column}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{shown.map((row) => (
							<tr key={row.nip} class={`is-${row.status}`}>
								<td data-label={labels.nip}>{row.nip}</td>
								<td data-label={labels.name}>{row.name}</td>
								<td data-label={labels.unit}>{row.unit}</td>
								<td data-label={labels.columnScore}>
									{row.best ? `${row.best.receipt.correct}/${row.best.receipt.total}` : '–'}
									{row.observed && ` · ${labels.observed} ${row.observed.correct}/${row.observed.total}`}
								</td>
								<td data-label={labels.columnTime}>{row.best ? formatReceiptTime(row.best.receipt) : '–'}</td>
								<td data-label={labels.columnStatus}>
									{statusLabel[row.status]}
									{!row.isExpected && roster.totals.expected > 0 && ` · ${labels.notOnListShort}`}
									{row.duplicates.length > 0 && ` · ${row.duplicates.length} ${labels.duplicatesShort}`}
									{row.best && !row.best.judgement.isValid && <span class="roster-reason">{row.best.judgement.refusals.map((refusal) => refusal.message).join(' ')}</span>}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</div>
	);
}
