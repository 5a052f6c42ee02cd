import { useEffect, useState } from 'preact/hooks';
import type { EventLabels } from '~/config/ui-strings';
import { checkEventInput, createEvent, makeEventCode, type EventInput, type EventProblem } from '~/lib/pledge/event';
import { dropEvent, loadEvents, putEvent, saveEvents, type EventFile } from '~/lib/pledge/event-store';
import type { ExpectedListResult } from '~/lib/pledge/expected-list';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import EventFileActions from './EventFileActions';
import EventForm from './EventForm';
import EventLinkPanel from './EventLinkPanel';

interface Props {
	quizVersion: string;
	availableQuestions: number;
	labels: EventLabels;
}

/** Buat acara ikrar: the organiser's events on this device, the form, and the participants' link. */
export default function EventManagerIsland({ quizVersion, availableQuestions, labels }: Props) {
	const [file, setFile] = useState<EventFile>({ version: 1, current: '', events: [] });
	const [isEditing, setIsEditing] = useState(true);
	const [problems, setProblems] = useState<EventProblem[]>([]);
	const [listError, setListError] = useState('');
	const [canSave, setCanSave] = useState(true);
	const [isReady, setIsReady] = useState(false);
	useEffect(() => {
		const stored = loadEvents(findBrowserStorage());
		setFile(stored);
		setIsEditing(stored.events.length === 0);
		setIsReady(true);
	}, []);

	const store = (next: EventFile) => {
		setFile(next);
		setCanSave(saveEvents(findBrowserStorage(), next));
	};
	const current = file.events.find((event) => event.code === file.current);
	// Nothing is rendered before the device's events are read: a form typed into before hydration would lose its text.
	if (!isReady) return null;

	const save = (input: EventInput, expected: ExpectedListResult | undefined) => {
		const found = checkEventInput(input, availableQuestions, Date.now());
		setProblems(found);
		setListError(expected && expected.problems.length > 0 ? labels.listHasProblems : '');
		if (found.length > 0 || (expected && expected.problems.length > 0)) return;
		const existing = file.events.find((event) => event.code === makeEventCode(input.name));
		const made = createEvent(input, { quizVersion, expected: expected?.participants ?? [], createdAt: new Date().toISOString(), randomBytes: (length) => crypto.getRandomValues(new Uint8Array(length)) });
		// Editing an event keeps its secret, so links and receipts already handed out stay valid.
		store(putEvent(file, existing ? { ...made, secret: existing.secret, quizVersions: existing.quizVersions, createdAt: existing.createdAt } : made));
		setIsEditing(false);
	};

	return (
		<div class="event-manager">
			{!canSave && <p class="quiz-hint">{labels.notSaved}</p>}
			<EventFileActions
				file={file}
				labels={labels}
				onPick={(code) => {
					store({ ...file, current: code });
					setIsEditing(false);
				}}
				onImport={(event) => {
					store(putEvent(file, event));
					setIsEditing(false);
				}}
				onNew={() => {
					store({ ...file, current: '' });
					setProblems([]);
					setIsEditing(true);
				}}
				onDelete={(code) => store(dropEvent(file, code))}
			/>
			{current && !isEditing && (
				<>
					<EventLinkPanel event={current} quizVersion={quizVersion} labels={labels} onAcceptVersion={() => store(putEvent(file, { ...current, quizVersions: [...current.quizVersions, quizVersion] }))} />
					<button type="button" class="quiz-button" onClick={() => setIsEditing(true)}>
						{labels.edit}
					</button>
				</>
			)}
			{(isEditing || !current) && (
				<>
					<h3>{current ? labels.editTitle : labels.newTitle}</h3>
					<EventForm labels={labels} editing={current} problems={problems} onSave={save} />
					{listError && (
						<p class="quiz-hint" role="alert">
							{listError}
						</p>
					)}
				</>
			)}
		</div>
	);
}
