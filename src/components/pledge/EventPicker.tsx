import type { CheckerLabels } from '~/config/ui-strings';
import type { PledgeEvent } from '~/lib/pledge/event';
import { formatZoned, localToInstant } from '~/lib/pledge/time-zone';

interface Props {
	events: readonly PledgeEvent[];
	current: string;
	labels: CheckerLabels;
	onPick: (code: string) => void;
}

/** Which of the organiser's events receipts are judged against; without one, the way to make one. */
export default function EventPicker({ events, current, labels, onPick }: Props) {
	if (events.length === 0) {
		return (
			<div class="quiz-hint" role="alert">
				<p>{labels.noEvent}</p>
				<p>
					<a href="/ikrar/acara/">{labels.makeEvent}</a>
				</p>
			</div>
		);
	}
	const event = events.find((candidate) => candidate.code === current) ?? events[0]!;
	return (
		<div class="checker-event">
			<div class="filter-field">
				<label for="periksa-acara">{labels.event}</label>
				<select id="periksa-acara" value={event.code} onChange={(change) => onPick(change.currentTarget.value)}>
					{events.map((candidate) => (
						<option key={candidate.code} value={candidate.code}>
							{candidate.name} ({candidate.code})
						</option>
					))}
				</select>
			</div>
			<p class="receipt-honesty">
				{event.questionCount} {labels.questions} · {labels.passMark} {event.passPercent}% · {formatZoned(localToInstant(event.startsAt, event.zone), event.zone)} – {formatZoned(localToInstant(event.endsAt, event.zone), event.zone)}
			</p>
		</div>
	);
}
