import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CheckerLabels } from '~/config/ui-strings';
import { loadEvents, saveEvents, type EventFile } from '~/lib/pledge/event-store';
import { findReceipts, type DecodeResult } from '~/lib/pledge/receipt-codec';
import { buildRoster, type CheckedReceipt, type ObservedScore } from '~/lib/pledge/roster';
import { loadEventRoster, saveEventRoster } from '~/lib/pledge/roster-store';
import { observedCardScores } from '~/lib/cards/card-record';
import { loadCardTally } from '~/lib/cards/card-tally';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import CheckSummary from './CheckSummary';
import { checkDecoded, judgeAll, type CheckOutcome } from './checker-session';
import EventPicker from './EventPicker';
import ManualEntry from './ManualEntry';
import PastePanel from './PastePanel';
import RosterExports from './RosterExports';
import RosterTable from './RosterTable';
import RosterTotals from './RosterTotals';
import ScanPanel from './ScanPanel';

interface Props {
	labels: CheckerLabels;
}

/**
 * Periksa Tanda Selesai: receipts pasted (hundreds at once), scanned or typed are judged against
 * the organiser's event and folded into its roster, kept on this device.
 */
export default function ReceiptCheckerIsland({ labels }: Props) {
	const [events, setEvents] = useState<EventFile>({ version: 1, current: '', events: [] });
	// The held receipts live here judged; the roster file on the device holds them without verdicts.
	const [checked, setChecked] = useState<CheckedReceipt[]>([]);
	const [observed, setObserved] = useState<ObservedScore[]>([]);
	const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
	const [isBusy, setIsBusy] = useState(false);
	const [canSave, setCanSave] = useState(true);
	const [isReady, setIsReady] = useState(false);
	const outcomeRef = useRef<HTMLDivElement>(null);
	const event = events.events.find((candidate) => candidate.code === events.current);
	// Checks run one after another, so two quick scans never both read the roster before either wrote it.
	const queue = useRef<Promise<unknown>>(Promise.resolve());
	const latest = useRef({ event, checked, observed });
	latest.current = { event, checked, observed };

	const open = async (file: EventFile) => {
		setEvents(file);
		const current = file.events.find((candidate) => candidate.code === file.current);
		const roster = current ? loadEventRoster(findBrowserStorage(), current.code) : { receipts: [], observed: [] };
		setObserved(roster.observed);
		setChecked(current ? await judgeAll(roster.receipts, current, Date.now()) : []);
	};

	const check = (results: { result: DecodeResult; line: number }[]) => {
		queue.current = queue.current.then(async () => {
			const { event: current, checked: held, observed: seen } = latest.current;
			if (!current) return;
			setIsBusy(true);
			const next = await checkDecoded(results, held, current, Date.now());
			latest.current = { event: current, checked: next.held, observed: seen };
			setCanSave(saveEventRoster(findBrowserStorage(), current.code, { receipts: next.held, observed: seen }));
			setChecked(next.held);
			setOutcome(next.outcome);
			setIsBusy(false);
			requestAnimationFrame(() => outcomeRef.current?.focus());
		});
	};

	useEffect(() => {
		void open(loadEvents(findBrowserStorage())).then(() => {
			setIsReady(true);
			// A phone camera that scanned a receipt's QR code opens this page with the receipt in the hash.
			if (window.location.hash.includes('r=')) check(findReceipts(window.location.hash));
		});
		const onHash = () => window.location.hash.includes('r=') && check(findReceipts(window.location.hash));
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	// Answer cards scanned in the hall quiz on this device count as observed in the room (issue 18).
	const roster = useMemo(() => {
		if (!event) return undefined;
		const inRoom = [...observed, ...observedCardScores(loadCardTally(findBrowserStorage()), event)];
		return buildRoster(checked, event.expected, event.passPercent, inRoom);
	}, [checked, event, observed]);

	// Nothing is rendered before the device's events are read, so the page never claims "no event" for a moment.
	if (!isReady) return null;
	return (
		<div class="checker">
			<EventPicker
				events={events.events}
				current={events.current}
				labels={labels}
				onPick={(code) => {
					const file = { ...events, current: code };
					saveEvents(findBrowserStorage(), file);
					setOutcome(null);
					void open(file);
				}}
			/>
			{event && roster && (
				<>
					<PastePanel labels={labels} isBusy={isBusy} onCheck={(text) => check(findReceipts(text))} />
					<ScanPanel labels={labels} onScan={(text) => check(findReceipts(text))} />
					<ManualEntry labels={labels} onCheck={(result) => check([{ result, line: 1 }])} />
					<div ref={outcomeRef} tabIndex={-1} role="status" aria-live="polite" class="checker-outcome">
						<CheckSummary outcome={outcome} labels={labels} />
					</div>
					<h3>{labels.rosterTitle}</h3>
					<p>{labels.rosterHint}</p>
					{!canSave && <p class="quiz-hint">{labels.rosterNotSaved}</p>}
					<RosterTotals roster={roster} labels={labels} />
					{roster.rows.length === 0 ? <p>{labels.rosterEmpty}</p> : <RosterTable roster={roster} labels={labels} />}
					<RosterExports
						event={event}
						roster={roster}
						labels={labels}
						onClear={() => {
							setChecked([]);
							setOutcome(null);
							setCanSave(saveEventRoster(findBrowserStorage(), event.code, { receipts: [], observed }));
						}}
					/>
				</>
			)}
		</div>
	);
}
