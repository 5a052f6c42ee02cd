import { useState } from 'preact/hooks';
import type { CheckerLabels } from '~/config/ui-strings';
import type { PledgeEvent } from '~/lib/pledge/event';
import { formatReceiptTime } from '~/lib/pledge/receipt-codec';
import { rosterTable, toCsv, ROSTER_COLUMNS, type Roster } from '~/lib/pledge/roster';
import { saveFile } from './save-file';

interface Props {
	event: PledgeEvent;
	roster: Roster;
	labels: CheckerLabels;
	onClear: () => void;
}

/** Export the roster (CSV, XLSX), open the printable lists, or clear this event's roster. */
export default function RosterExports({ event, roster, labels, onClear }: Props) {
	const [message, setMessage] = useState('');
	const rows = () => rosterTable(roster, { done: labels.statusDone, refused: labels.statusRefused, 'not-yet': labels.statusNotYet }, formatReceiptTime);
	const baseName = `daftar-${event.code.toLowerCase()}`;

	const exportXlsx = async () => {
		setMessage(labels.exporting);
		try {
			// The XLSX writer (and its zip library) is fetched only when an organiser asks for a file.
			const { default: writeExcelFile } = await import('write-excel-file/browser');
			const sheet = [
				ROSTER_COLUMNS.map((value) => ({ value, fontWeight: 'bold' as const })),
				// NIP goes in as a String cell: a number cell keeps only 15 significant digits.
				...rows().map(([nip, ...rest]) => [{ value: String(nip), type: String }, ...rest.map((value) => ({ value }))]),
			];
			saveFile(await writeExcelFile(sheet, { sheet: 'Daftar', columns: [{ width: 22 }, { width: 30 }, { width: 30 }] }).toBlob(), `${baseName}.xlsx`);
			setMessage('');
		} catch {
			setMessage(labels.exportFailed);
		}
	};

	return (
		<div class="receipt-actions roster-exports">
			<button type="button" class="quiz-button" onClick={() => saveFile(new Blob([toCsv(ROSTER_COLUMNS, rows())], { type: 'text/csv;charset=utf-8' }), `${baseName}.csv`)}>
				{labels.exportCsv}
			</button>
			<button type="button" class="quiz-button" onClick={() => void exportXlsx()}>
				{labels.exportXlsx}
			</button>
			<a class="quiz-button" href={`/ikrar/kit/?acara=${encodeURIComponent(event.code)}&dokumen=belum`}>
				{labels.printNotYet}
			</a>
			<a class="quiz-button" href={`/ikrar/kit/?acara=${encodeURIComponent(event.code)}&dokumen=hadir`}>
				{labels.printAttendance}
			</a>
			<button
				type="button"
				class="quiz-button"
				onClick={() => {
					if (window.confirm(labels.clearConfirm)) onClear();
				}}
			>
				{labels.clear}
			</button>
			<p role="status" class="receipt-copy-status">
				{message}
			</p>
		</div>
	);
}
