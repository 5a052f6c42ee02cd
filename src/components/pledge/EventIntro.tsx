import type { PledgeLabels } from '~/config/ui-strings';
import { localToInstant, formatZoned } from '~/lib/pledge/time-zone';
import { formatLabel } from '~/lib/text/format-label';
import type { SessionRules } from './pledge-session';

interface Props {
	rules: SessionRules;
	isEvent: boolean;
	now: number;
	labels: PledgeLabels;
	onStart: () => void;
}

/** What the participant is about to take: the event, its rules and window, and the start button. */
export default function EventIntro({ rules, isEvent, now, labels, onStart }: Props) {
	const start = rules.window ? localToInstant(rules.window.startsAt, rules.zone) : Number.NaN;
	const end = rules.window ? localToInstant(rules.window.endsAt, rules.zone) : Number.NaN;
	const timing = !rules.window ? undefined : now < start ? labels.notYetOpen : now > end ? labels.closed : undefined;
	return (
		<div class="pledge-start">
			<h3>{isEvent ? rules.eventName : labels.settingsTitle}</h3>
			<dl class="pledge-settings">
				<div>
					<dt>{labels.eventCode}</dt>
					<dd>{rules.eventCode || labels.noEvent}</dd>
				</div>
				<div>
					<dt>{labels.questionCount}</dt>
					<dd>{rules.questionCount}</dd>
				</div>
				<div>
					<dt>{labels.passMark}</dt>
					<dd>{rules.passPercent}%</dd>
				</div>
				{rules.window && (
					<div>
						<dt>{labels.window}</dt>
						<dd>{formatLabel(labels.windowValue, { start: formatZoned(start, rules.zone), end: formatZoned(end, rules.zone) })}</dd>
					</div>
				)}
			</dl>
			{!isEvent && <p class="quiz-hint">{rules.eventCode ? labels.oldLinkNote : labels.practiceNote}</p>}
			{timing && (
				<p class="quiz-hint" role="status">
					{timing}
				</p>
			)}
			<button type="button" class="quiz-button" onClick={onStart}>
				{labels.start}
			</button>
		</div>
	);
}
