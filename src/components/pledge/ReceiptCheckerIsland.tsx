import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckerLabels } from '~/config/ui-strings';
import { issueReceipt, type Receipt } from '~/lib/pledge/receipt';
import { decodeReceipt, verifyReceipt, type Verdict } from '~/lib/pledge/receipt-codec';
import { addToRoster, loadRoster, rosterToCsv, saveRoster, type RosterEntry } from '~/lib/pledge/roster';
import { findBrowserStorage } from '~/lib/storage/browser-storage';

interface Props {
	knownQuizVersions: string[];
	labels: CheckerLabels;
}

type Outcome = { receipt: Receipt; verdict: Verdict } | { error: string } | null;

/** BarcodeDetector exists in some browsers only (Chromium on Android and macOS, for one). */
interface BarcodeDetectorLike {
	detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
declare global {
	interface Window {
		BarcodeDetector?: new (options: { formats: string[] }) => BarcodeDetectorLike;
	}
}

const MANUAL_FIELDS = ['name', 'nip', 'unit', 'eventCode', 'correct', 'total', 'passPercent', 'issuedAt', 'quizVersion', 'code'] as const;

function OutcomeView({ outcome, labels }: { outcome: Outcome; labels: CheckerLabels }) {
	if (!outcome) return null;
	if ('error' in outcome) return <p class="quiz-hint">{outcome.error}</p>;
	const { receipt, verdict } = outcome;
	return (
		<div class={verdict.isValid ? 'quiz-verdict is-passed' : 'quiz-verdict is-failed'}>
			<p>
				<strong>{verdict.isValid ? labels.valid : labels.invalid}</strong>
			</p>
			{verdict.problems.length > 0 && (
				<>
					<p>{labels.reasons}</p>
					<ul>
						{verdict.problems.map((problem) => (
							<li key={problem}>{problem}</li>
						))}
					</ul>
				</>
			)}
			{verdict.warnings.length > 0 && (
				<>
					<p>{labels.warnings}</p>
					<ul>
						{verdict.warnings.map((warning) => (
							<li key={warning}>{warning}</li>
						))}
					</ul>
				</>
			)}
			<dl class="receipt-fields">
				{(
					[
						[labels.name, receipt.name],
						[labels.nip, receipt.nip],
						[labels.unit, receipt.unit],
						[labels.eventCode, receipt.eventCode || '-'],
						[labels.correct, `${receipt.correct}/${receipt.total} (${receipt.passPercent}%)`],
						[labels.code, receipt.code],
					] as const
				).map(([term, value]) => (
					<div key={term}>
						<dt>{term}</dt>
						<dd>{value}</dd>
					</div>
				))}
			</dl>
			<p class="receipt-honesty">{labels.whatItMeans}</p>
		</div>
	);
}

/** Periksa Tanda Selesai: check receipts pasted, typed or scanned, and keep a roster on this device. */
export default function ReceiptCheckerIsland({ knownQuizVersions, labels }: Props) {
	const [outcome, setOutcome] = useState<Outcome>(null);
	const [roster, setRoster] = useState<RosterEntry[]>([]);
	const [canSave, setCanSave] = useState(true);
	const [eventFilter, setEventFilter] = useState('');
	const [scanMessage, setScanMessage] = useState('');
	const [isScanning, setIsScanning] = useState(false);
	const videoRef = useRef<HTMLVideoElement>(null);
	const streamRef = useRef<MediaStream | null>(null);
	const outcomeRef = useRef<HTMLDivElement>(null);

	const record = (found: Outcome) => {
		setOutcome(found);
		requestAnimationFrame(() => outcomeRef.current?.focus());
		if (!found || 'error' in found) return;
		setRoster((current) => {
			const next = addToRoster(current, { receipt: found.receipt, isValid: found.verdict.isValid, checkedAt: new Date().toISOString() });
			setCanSave(saveRoster(findBrowserStorage(), next));
			return next;
		});
	};
	const check = (text: string) => {
		const decoded = decodeReceipt(text);
		record(decoded.receipt ? { receipt: decoded.receipt, verdict: verifyReceipt(decoded.receipt, knownQuizVersions) } : { error: decoded.error });
	};
	const stopScan = () => {
		for (const track of streamRef.current?.getTracks() ?? []) track.stop();
		streamRef.current = null;
		setIsScanning(false);
	};

	useEffect(() => {
		setRoster(loadRoster(findBrowserStorage()));
		// A phone camera that scanned the receipt's QR code opens this page with the receipt in the hash.
		if (window.location.hash.includes('r=')) check(window.location.hash);
		return stopScan;
	}, []);

	const startScan = async () => {
		if (!window.BarcodeDetector || !navigator.mediaDevices?.getUserMedia) {
			setScanMessage(labels.scanUnsupported);
			return;
		}
		try {
			const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
			streamRef.current = stream;
			setIsScanning(true);
			setScanMessage(labels.scanning);
			const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
			const video = videoRef.current!;
			video.srcObject = stream;
			await video.play();
			const look = async () => {
				if (!streamRef.current) return;
				const [code] = await detector.detect(video).catch(() => []);
				if (code?.rawValue) {
					stopScan();
					setScanMessage('');
					check(code.rawValue);
				} else setTimeout(() => void look(), 300);
			};
			void look();
		} catch {
			stopScan();
			setScanMessage(labels.scanFailed);
		}
	};

	const events = [...new Set(roster.map((entry) => entry.receipt.eventCode))].sort();
	const shown = roster.filter((entry) => !eventFilter || entry.receipt.eventCode === eventFilter);
	const exportCsv = () => {
		const csv = rosterToCsv(shown, labels.csvHeader.split('|'));
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
		link.download = `tanda-selesai-${eventFilter || 'semua-acara'}.csv`;
		link.click();
		URL.revokeObjectURL(link.href);
	};

	return (
		<div class="checker">
			<form
				class="pledge-form"
				onSubmit={(event) => {
					event.preventDefault();
					check(String(new FormData(event.currentTarget).get('teks') ?? ''));
				}}
			>
				<h3>{labels.pasteTitle}</h3>
				<div class="filter-field">
					<label for="periksa-teks">{labels.pasteLabel}</label>
					<textarea id="periksa-teks" name="teks" rows={6} maxLength={4000} />
				</div>
				<div class="receipt-actions">
					<button type="submit" class="quiz-button">
						{labels.check}
					</button>
					<button type="button" class="quiz-button" onClick={() => (isScanning ? stopScan() : void startScan())}>
						{isScanning ? labels.scanStop : labels.scan}
					</button>
				</div>
				<p class="receipt-honesty" role="status">
					{scanMessage}
				</p>
				<video ref={videoRef} class="checker-video" hidden={!isScanning} muted playsInline />
			</form>

			<details class="checker-manual">
				<summary>{labels.manualTitle}</summary>
				<form
					class="pledge-form"
					onSubmit={(event) => {
						event.preventDefault();
						const data = new FormData(event.currentTarget);
						const text = (name: string) => String(data.get(name) ?? '').trim();
						const receipt: Receipt = {
							...issueReceipt({
								name: text('name'),
								nip: text('nip'),
								unit: text('unit'),
								eventCode: text('eventCode').toUpperCase(),
								correct: Number(text('correct')),
								total: Number(text('total')),
								passPercent: Number(text('passPercent')),
								issuedAt: text('issuedAt'),
								quizVersion: text('quizVersion').toUpperCase(),
							}),
							code: text('code').toUpperCase(),
						};
						record({ receipt, verdict: verifyReceipt(receipt, knownQuizVersions) });
					}}
				>
					<p>{labels.manualHint}</p>
					{MANUAL_FIELDS.map((name) => (
						<div class="filter-field" key={name}>
							<label for={`manual-${name}`}>{labels[name]}</label>
							<input id={`manual-${name}`} name={name} maxLength={200} inputMode={['correct', 'total', 'passPercent', 'nip'].includes(name) ? 'numeric' : undefined} />
						</div>
					))}
					<button type="submit" class="quiz-button">
						{labels.check}
					</button>
				</form>
			</details>

			<div ref={outcomeRef} tabIndex={-1} role="status" class="checker-outcome">
				<OutcomeView outcome={outcome} labels={labels} />
			</div>

			<h3>{labels.rosterTitle}</h3>
			<p>{labels.rosterHint}</p>
			{!canSave && <p class="quiz-hint">{labels.rosterNotSaved}</p>}
			{roster.length === 0 ? (
				<p>{labels.rosterEmpty}</p>
			) : (
				<>
					<div class="filter-field">
						<label for="daftar-acara">{labels.rosterEvent}</label>
						<select id="daftar-acara" value={eventFilter} onChange={(event) => setEventFilter(event.currentTarget.value)}>
							<option value="">{labels.rosterAll}</option>
							{events.map((code) => (
								<option key={code} value={code}>
									{code || '-'}
								</option>
							))}
						</select>
					</div>
					<div class="checker-table-wrap">
						<table class="checker-table">
							<thead>
								<tr>
									<th scope="col">{labels.name}</th>
									<th scope="col">{labels.nip}</th>
									<th scope="col">{labels.unit}</th>
									<th scope="col">{labels.code}</th>
									<th scope="col">{labels.columnStatus}</th>
								</tr>
							</thead>
							<tbody>
								{shown.map((entry) => (
									<tr key={`${entry.receipt.code}-${entry.receipt.nip}`}>
										<td>{entry.receipt.name}</td>
										<td>{entry.receipt.nip}</td>
										<td>{entry.receipt.unit}</td>
										<td>{entry.receipt.code}</td>
										<td>{entry.isValid ? labels.statusValid : labels.statusInvalid}</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					<div class="receipt-actions">
						<button type="button" class="quiz-button" onClick={exportCsv}>
							{labels.exportCsv}
						</button>
						<button
							type="button"
							class="quiz-button"
							onClick={() => {
								if (!window.confirm(labels.clearConfirm)) return;
								setRoster([]);
								setCanSave(saveRoster(findBrowserStorage(), []));
							}}
						>
							{labels.clear}
						</button>
					</div>
				</>
			)}
		</div>
	);
}
