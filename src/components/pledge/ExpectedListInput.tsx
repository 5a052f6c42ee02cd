import { useState } from 'preact/hooks';
import type { EventLabels } from '~/config/ui-strings';
import { readExpectedRows, readExpectedText, type ExpectedListResult } from '~/lib/pledge/expected-list';
import { formatLabel } from '~/lib/text/format-label';

interface Props {
	labels: EventLabels;
	/** The list as it was last saved, shown as text to edit. */
	initial: string;
	onChange: (result: ExpectedListResult | undefined) => void;
}

/** Read an XLSX sheet with numbers kept as written, so a NIP stored as a number shows as rounded rather than silently changed. */
async function readXlsx(file: File): Promise<unknown[][]> {
	// The XLSX reader is fetched only when an organiser picks a spreadsheet file.
	const { readSheet } = await import('read-excel-file/browser');
	return (await readSheet(file, { parseNumber: (text: string) => text })) as unknown[][];
}

/** The expected participants: pasted from a spreadsheet or read from CSV/XLSX, checked row by row. */
export default function ExpectedListInput({ labels, initial, onChange }: Props) {
	const [text, setText] = useState(initial);
	const [result, setResult] = useState<ExpectedListResult | undefined>();
	const [fileError, setFileError] = useState('');
	const update = (next: ExpectedListResult | undefined) => {
		setResult(next);
		onChange(next);
	};
	const readText = (value: string) => {
		setText(value);
		update(value.trim() === '' ? undefined : readExpectedText(value));
	};
	const readFile = async (file: File) => {
		setFileError('');
		try {
			if (/\.xlsx$/i.test(file.name)) {
				const rows = await readXlsx(file);
				setText(rows.map((row) => row.map((cell) => String(cell ?? '')).join('\t')).join('\n'));
				update(readExpectedRows(rows));
			} else readText(await file.text());
		} catch {
			setFileError(labels.fileUnreadable);
		}
	};
	return (
		<fieldset class="expected-list">
			<legend>{labels.expectedTitle}</legend>
			<p class="receipt-honesty">{labels.expectedHint}</p>
			<div class="filter-field">
				<label for="acara-peserta">{labels.expectedPaste}</label>
				<textarea id="acara-peserta" rows={6} value={text} onInput={(event) => readText(event.currentTarget.value)} spellcheck={false} />
			</div>
			<div class="filter-field">
				<label for="acara-berkas">{labels.expectedFile}</label>
				<input id="acara-berkas" type="file" accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => event.currentTarget.files?.[0] && void readFile(event.currentTarget.files[0])} />
			</div>
			{fileError && <p class="quiz-hint">{fileError}</p>}
			{result && (
				<div role="status" class={result.problems.length ? 'quiz-hint' : 'receipt-honesty'}>
					<p>{formatLabel(labels.expectedRead, { ok: result.participants.length, rows: result.rowCount, bad: result.problems.length })}</p>
					{result.problems.length > 0 && (
						<ul class="expected-problems">
							{result.problems.slice(0, 50).map((problem) => (
								<li key={problem.row}>{problem.row > 0 ? formatLabel(labels.rowProblem, { row: problem.row, message: problem.message }) : problem.message}</li>
							))}
						</ul>
					)}
				</div>
			)}
		</fieldset>
	);
}
