import type { KitLabels } from '~/config/ui-strings';
import type { PledgeEvent } from '~/lib/pledge/event';
import type { ExpectedParticipant } from '~/lib/pledge/expected-list';
import type { PrintedPledgePoint } from './kit-types';

interface Props {
	event: PledgeEvent;
	points: readonly PrintedPledgePoint[];
	labels: KitLabels;
}

const BLANK: ExpectedParticipant = { nip: '', name: '', unit: '' };

/** One pakta integritas per expected participant, name, NIP and unit filled in; one A4 page each. */
export default function PaktaSheets({ event, points, labels }: Props) {
	const people = event.expected.length > 0 ? event.expected : [BLANK];
	return (
		<div class="kit-pakta">
			{people.map((person, index) => (
				<article class="kit-page" key={person.nip || index}>
					<h3>{labels.paktaTitle}</h3>
					<p>{labels.paktaIntro}</p>
					<table class="kit-fields">
						<tbody>
							<tr>
								<th scope="row">{labels.name}</th>
								<td>{person.name || '.'.repeat(50)}</td>
							</tr>
							<tr>
								<th scope="row">{labels.nip}</th>
								<td>{person.nip || '.'.repeat(50)}</td>
							</tr>
							<tr>
								<th scope="row">{labels.position}</th>
								<td>{'.'.repeat(50)}</td>
							</tr>
							<tr>
								<th scope="row">{labels.unit}</th>
								<td>{person.unit || '.'.repeat(50)}</td>
							</tr>
						</tbody>
					</table>
					<p>{labels.paktaStatement}</p>
					<ol>
						{points.map((point) => (
							<li key={point.lead}>
								<strong>{point.lead}</strong> {point.text} ({point.citations.map((citation) => citation.citation).join(', ')});
							</li>
						))}
					</ol>
					<p>{labels.paktaClosing}</p>
					<p class="kit-event-line">
						{event.name} ({event.code})
					</p>
					<div class="kit-signature">
						<p>{labels.placeDate}</p>
						<p class="kit-sign-space">{labels.signature}</p>
						<p>{person.name || '.'.repeat(40)}</p>
					</div>
				</article>
			))}
		</div>
	);
}
