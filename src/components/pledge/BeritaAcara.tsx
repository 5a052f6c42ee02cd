import { useState } from 'preact/hooks';
import type { KitLabels } from '~/config/ui-strings';
import { loadBeritaAcara, saveBeritaAcara, type BeritaAcaraTyped } from '~/lib/pledge/berita-acara-store';
import type { PledgeEvent } from '~/lib/pledge/event';
import type { Roster } from '~/lib/pledge/roster';
import { formatZoned, localToInstant } from '~/lib/pledge/time-zone';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { formatLabel } from '~/lib/text/format-label';

interface Props {
	event: PledgeEvent;
	roster: Roster;
	labels: KitLabels;
}

/**
 * The berita acara: counts from the roster (passed, not yet) beside those only the organiser knows
 * (present, online, signed), which are kept per event on this device as they are typed.
 */
export default function BeritaAcara({ event, roster, labels }: Props) {
	const [typed, setTyped] = useState<BeritaAcaraTyped>(() => loadBeritaAcara(findBrowserStorage(), event.code));
	const [canSave, setCanSave] = useState(true);
	const type = (key: keyof BeritaAcaraTyped, value: string) => {
		const next = { ...typed, [key]: value };
		setTyped(next);
		setCanSave(saveBeritaAcara(findBrowserStorage(), event.code, next));
	};
	const field = (key: keyof BeritaAcaraTyped, label: string, isNumber = true) => (
		<div class="filter-field" key={key}>
			<label for={`berita-${key}`}>{label}</label>
			<input id={`berita-${key}`} inputMode={isNumber ? 'numeric' : undefined} value={typed[key]} onInput={(input) => type(key, input.currentTarget.value)} />
		</div>
	);
	const when = (local: string) => formatZoned(localToInstant(local, event.zone), event.zone);
	const counts: [string, string | number][] = [
		[labels.countExpected, event.expected.length || '–'],
		[labels.countPresent, typed.present || '…'],
		[labels.countOnline, typed.online || '…'],
		[labels.countSigned, typed.signed || '…'],
		[labels.countPassed, roster.totals.done],
		[labels.countNotYet, event.expected.length ? roster.totals.notYet : '–'],
		[labels.countNotOnList, event.expected.length ? roster.totals.notOnList : '–'],
	];
	return (
		<div class="kit-berita">
			<form class="pledge-form kit-no-print" onSubmit={(submit) => submit.preventDefault()}>
				<p>{labels.beritaHint}</p>
				{field('present', labels.countPresent)}
				{field('online', labels.countOnline)}
				{field('signed', labels.countSigned)}
				{field('place', labels.place, false)}
				{!canSave && <p class="quiz-hint">{labels.beritaNotSaved}</p>}
			</form>
			<article class="kit-page">
				<h3>{labels.beritaTitle}</h3>
				<p>{formatLabel(labels.beritaOpening, { name: event.name, code: event.code, start: when(event.startsAt), end: when(event.endsAt), place: typed.place || '…' })}</p>
				<table class="kit-fields">
					<tbody>
						{counts.map(([term, value]) => (
							<tr key={term}>
								<th scope="row">{term}</th>
								<td>{value}</td>
							</tr>
						))}
					</tbody>
				</table>
				<p>{formatLabel(labels.beritaRules, { count: event.questionCount, pass: event.passPercent })}</p>
				<p class="receipt-honesty">{labels.beritaProof}</p>
				<div class="kit-signature">
					<p>{labels.placeDate}</p>
					<p class="kit-sign-space">{labels.organiserSign}</p>
					<p>{'.'.repeat(40)}</p>
				</div>
			</article>
		</div>
	);
}
