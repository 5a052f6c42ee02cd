import { useEffect, useState } from 'preact/hooks';
import type { EventLabels } from '~/config/ui-strings';
import { writeEventLink, type PledgeEvent } from '~/lib/pledge/event';
import { formatZoned, localToInstant } from '~/lib/pledge/time-zone';
import { formatLabel } from '~/lib/text/format-label';

interface Props {
	event: PledgeEvent;
	quizVersion: string;
	labels: EventLabels;
	onAcceptVersion: () => void;
}

/** The participants' link and QR code for the event, ready to copy, print or project. */
export default function EventLinkPanel({ event, quizVersion, labels, onAcceptVersion }: Props) {
	const [qrSvg, setQrSvg] = useState('');
	const [status, setStatus] = useState('');
	const link = writeEventLink(new URL('/ikrar/kuis/', window.location.href).href, event);
	useEffect(() => {
		setStatus('');
		void import('uqr').then(({ renderSVG }) => setQrSvg(renderSVG(link, { border: 2, ecc: 'L' })));
	}, [link]);
	const when = (local: string) => formatZoned(localToInstant(local, event.zone), event.zone);
	return (
		<section class="event-link" aria-labelledby="acara-tautan-judul">
			<h3 id="acara-tautan-judul">{event.name}</h3>
			<p>
				<code>{event.code}</code> · {formatLabel(labels.summary, { count: event.questionCount, pass: event.passPercent, start: when(event.startsAt), end: when(event.endsAt), expected: event.expected.length })}
			</p>
			{!event.quizVersions.includes(quizVersion) && (
				<div class="quiz-hint" role="alert">
					<p>{formatLabel(labels.versionChanged, { old: event.quizVersions.join(', '), now: quizVersion })}</p>
					<button type="button" class="quiz-button" onClick={onAcceptVersion}>
						{labels.acceptVersion}
					</button>
				</div>
			)}
			<label for="acara-tautan">{labels.link}</label>
			<input id="acara-tautan" class="link-builder-link" readOnly value={link} onFocus={(focus) => focus.currentTarget.select()} />
			<div class="receipt-actions">
				<button
					type="button"
					class="quiz-button"
					onClick={() =>
						void navigator.clipboard.writeText(link).then(
							() => setStatus(labels.copied),
							() => setStatus(labels.copyFailed),
						)
					}
				>
					{labels.copy}
				</button>
				<a class="quiz-button" href={`/ikrar/kit/?acara=${encodeURIComponent(event.code)}`}>
					{labels.openKit}
				</a>
				<a class="quiz-button" href="/ikrar/periksa/">
					{labels.openChecker}
				</a>
			</div>
			<p role="status" class="receipt-copy-status">
				{status}
			</p>
			{/* uqr's SVG holds only QR modules drawn from the link, never typed text as markup. */}
			<div class="receipt-qr event-qr" role="img" aria-label={labels.qr} dangerouslySetInnerHTML={{ __html: qrSvg }} />
			<p class="receipt-honesty">{labels.linkSecret}</p>
		</section>
	);
}
