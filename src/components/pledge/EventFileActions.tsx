import { useState } from 'preact/hooks';
import type { EventLabels } from '~/config/ui-strings';
import { exportEventFile, importEventFile, type EventFile } from '~/lib/pledge/event-store';
import type { PledgeEvent } from '~/lib/pledge/event';
import { saveFile } from './save-file';

interface Props {
	file: EventFile;
	labels: EventLabels;
	onPick: (code: string) => void;
	onImport: (event: PledgeEvent) => void;
	onNew: () => void;
	onDelete: (code: string) => void;
}

/** Choose among the events on this device, start a new one, and move one to another organiser's device as a file. */
export default function EventFileActions({ file, labels, onPick, onImport, onNew, onDelete }: Props) {
	const [message, setMessage] = useState('');
	const current = file.events.find((event) => event.code === file.current);
	return (
		<div class="event-files">
			{file.events.length > 0 && (
				<div class="filter-field">
					<label for="acara-pilih">{labels.pick}</label>
					<select id="acara-pilih" value={file.current} onChange={(change) => onPick(change.currentTarget.value)}>
						{file.events.map((event) => (
							<option key={event.code} value={event.code}>
								{event.name} ({event.code})
							</option>
						))}
					</select>
				</div>
			)}
			<div class="receipt-actions">
				<button type="button" class="quiz-button" onClick={onNew}>
					{labels.newEvent}
				</button>
				{current && (
					<button type="button" class="quiz-button" onClick={() => saveFile(new Blob([exportEventFile(current)], { type: 'application/json' }), `acara-${current.code.toLowerCase()}.json`)}>
						{labels.exportFile}
					</button>
				)}
				<label class="quiz-button event-import">
					{labels.importFile}
					<input
						type="file"
						accept=".json,application/json"
						class="sr-only"
						onChange={async (change) => {
							// currentTarget is gone once the handler awaits, so hold the input itself.
							const input = change.currentTarget;
							const picked = input.files?.[0];
							if (!picked) return;
							const read = importEventFile(await picked.text());
							setMessage(read.error ?? labels.imported);
							if (read.event) onImport(read.event);
							input.value = '';
						}}
					/>
				</label>
				{current && (
					<button
						type="button"
						class="quiz-button"
						onClick={() => {
							if (window.confirm(labels.deleteConfirm)) onDelete(current.code);
						}}
					>
						{labels.deleteEvent}
					</button>
				)}
			</div>
			<p role="status" class="receipt-copy-status">
				{message}
			</p>
		</div>
	);
}
