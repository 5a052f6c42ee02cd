import { useEffect, useMemo, useState } from 'preact/hooks';
import type { KitLabels } from '~/config/ui-strings';
import { loadEvents, type EventFile } from '~/lib/pledge/event-store';
import { buildRoster, type CheckedReceipt } from '~/lib/pledge/roster';
import { loadEventRoster } from '~/lib/pledge/roster-store';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import BeritaAcara from './BeritaAcara';
import { judgeAll } from './checker-session';
import type { PrintedPledgePoint } from './kit-types';
import PaktaSheets from './PaktaSheets';
import PeopleSheet from './PeopleSheet';

interface Props {
	points: PrintedPledgePoint[];
	labels: KitLabels;
}

const DOCUMENTS = ['berita', 'pakta', 'belum', 'hadir'] as const;
type DocumentKind = (typeof DOCUMENTS)[number];

/** The event kit's printed documents, made from the organiser's event and roster on this device. */
export default function EventKitIsland({ points, labels }: Props) {
	const [file, setFile] = useState<EventFile>({ version: 1, current: '', events: [] });
	const [code, setCode] = useState('');
	const [kind, setKind] = useState<DocumentKind>('berita');
	const [checked, setChecked] = useState<CheckedReceipt[]>([]);
	const [isReady, setIsReady] = useState(false);
	const event = file.events.find((candidate) => candidate.code === code);

	useEffect(() => {
		const stored = loadEvents(findBrowserStorage());
		const params = new URLSearchParams(window.location.search);
		const asked = params.get('dokumen');
		setFile(stored);
		setCode(stored.events.some((candidate) => candidate.code === params.get('acara')) ? params.get('acara')! : stored.current);
		if ((DOCUMENTS as readonly string[]).includes(asked ?? '')) setKind(asked as DocumentKind);
		setIsReady(true);
	}, []);
	useEffect(() => {
		if (event) void judgeAll(loadEventRoster(findBrowserStorage(), event.code).receipts, event, Date.now()).then(setChecked);
	}, [event]);
	const roster = useMemo(() => (event ? buildRoster(checked, event.expected, event.passPercent) : undefined), [checked, event]);

	if (!isReady) return null;
	if (file.events.length === 0) {
		return (
			<p class="quiz-hint">
				{labels.noEvent} <a href="/ikrar/acara/">{labels.makeEvent}</a>
			</p>
		);
	}
	const names: Record<DocumentKind, string> = { berita: labels.beritaTitle, pakta: labels.paktaMany, belum: labels.notYetTitle, hadir: labels.attendanceTitle };
	return (
		<div class="event-kit">
			<div class="kit-no-print event-form-row">
				<div class="filter-field">
					<label for="kit-acara">{labels.event}</label>
					<select id="kit-acara" value={code} onChange={(change) => setCode(change.currentTarget.value)}>
						{file.events.map((candidate) => (
							<option key={candidate.code} value={candidate.code}>
								{candidate.name} ({candidate.code})
							</option>
						))}
					</select>
				</div>
				<div class="filter-field">
					<label for="kit-dokumen">{labels.document}</label>
					<select id="kit-dokumen" value={kind} onChange={(change) => setKind(change.currentTarget.value as DocumentKind)}>
						{DOCUMENTS.map((value) => (
							<option key={value} value={value}>
								{names[value]}
							</option>
						))}
					</select>
				</div>
				<button type="button" class="quiz-button" onClick={() => window.print()}>
					{labels.print}
				</button>
			</div>
			{event && roster && (
				<div class="kit-document print-only-this">
					{kind === 'berita' && <BeritaAcara key={event.code} event={event} roster={roster} labels={labels} />}
					{kind === 'pakta' && <PaktaSheets event={event} points={points} labels={labels} />}
					{(kind === 'belum' || kind === 'hadir') && <PeopleSheet event={event} roster={roster} kind={kind} labels={labels} />}
				</div>
			)}
		</div>
	);
}
