import { useState } from 'preact/hooks';
import type { EventLabels } from '~/config/ui-strings';
import { makeEventCode, PASS_MARK_RANGE, QUESTION_COUNT_RANGE, type EventInput, type EventProblem, type PledgeEvent } from '~/lib/pledge/event';
import type { ExpectedListResult } from '~/lib/pledge/expected-list';
import { TIME_ZONES } from '~/lib/pledge/time-zone';
import ExpectedListInput from './ExpectedListInput';

interface Props {
	labels: EventLabels;
	/** The event being edited, if any: its fields fill the form. */
	editing?: PledgeEvent | undefined;
	problems: EventProblem[];
	onSave: (input: EventInput, expected: ExpectedListResult | undefined) => void;
}

/** The organiser's event: name (the code is made from it), question count, pass mark, window and zone. */
export default function EventForm({ labels, editing, problems, onSave }: Props) {
	const [name, setName] = useState(editing?.name ?? '');
	const [expected, setExpected] = useState<ExpectedListResult | undefined>(editing && editing.expected.length > 0 ? { participants: editing.expected, problems: [], rowCount: editing.expected.length } : undefined);
	const problemFor = (field: keyof EventInput) => problems.find((problem) => problem.field === field)?.message;
	const described = (field: keyof EventInput) => (problemFor(field) ? { 'aria-invalid': true as const, 'aria-describedby': `acara-${field}-salah` } : {});
	const hint = (field: keyof EventInput) =>
		problemFor(field) && (
			<p id={`acara-${field}-salah`} class="quiz-hint">
				{problemFor(field)}
			</p>
		);
	const initialList = editing ? editing.expected.map((person) => [person.nip, person.name, person.unit].join('\t')).join('\n') : '';
	return (
		<form
			class="pledge-form event-form"
			noValidate
			key={editing?.code ?? 'baru'}
			onSubmit={(event) => {
				event.preventDefault();
				const data = new FormData(event.currentTarget);
				const read = (field: keyof EventInput) => String(data.get(field) ?? '');
				onSave({ name: read('name'), questionCount: read('questionCount'), passPercent: read('passPercent'), startsAt: read('startsAt'), endsAt: read('endsAt'), zone: read('zone') }, expected);
			}}
		>
			<div class="filter-field">
				<label for="acara-name">{labels.name}</label>
				<input id="acara-name" name="name" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} placeholder="Apel Netralitas Kab. Contoh" autoComplete="off" {...described('name')} />
				<p class="receipt-honesty">
					{labels.codePreview} <code>{makeEventCode(name) || '–'}</code>
				</p>
				{hint('name')}
			</div>
			<div class="event-form-row">
				<div class="filter-field">
					<label for="acara-questionCount">{labels.questionCount}</label>
					<input id="acara-questionCount" name="questionCount" type="number" inputMode="numeric" min={QUESTION_COUNT_RANGE.min} max={QUESTION_COUNT_RANGE.max} defaultValue={String(editing?.questionCount ?? 20)} {...described('questionCount')} />
					{hint('questionCount')}
				</div>
				<div class="filter-field">
					<label for="acara-passPercent">{labels.passPercent}</label>
					<input id="acara-passPercent" name="passPercent" type="number" inputMode="numeric" min={PASS_MARK_RANGE.min} max={PASS_MARK_RANGE.max} defaultValue={String(editing?.passPercent ?? 80)} {...described('passPercent')} />
					{hint('passPercent')}
				</div>
			</div>
			<div class="event-form-row">
				<div class="filter-field">
					<label for="acara-startsAt">{labels.startsAt}</label>
					<input id="acara-startsAt" name="startsAt" type="datetime-local" defaultValue={editing?.startsAt} {...described('startsAt')} />
					{hint('startsAt')}
				</div>
				<div class="filter-field">
					<label for="acara-endsAt">{labels.endsAt}</label>
					<input id="acara-endsAt" name="endsAt" type="datetime-local" defaultValue={editing?.endsAt} {...described('endsAt')} />
					{hint('endsAt')}
				</div>
				<div class="filter-field">
					<label for="acara-zone">{labels.zone}</label>
					<select id="acara-zone" name="zone" defaultValue={editing?.zone ?? 'WIB'} {...described('zone')}>
						{TIME_ZONES.map((zone) => (
							<option key={zone} value={zone}>
								{zone}
							</option>
						))}
					</select>
					{hint('zone')}
				</div>
			</div>
			<ExpectedListInput labels={labels} initial={initialList} onChange={setExpected} />
			{problems.length > 0 && (
				<p class="quiz-hint" role="alert">
					{labels.fixFields}
				</p>
			)}
			<button type="submit" class="quiz-button">
				{editing ? labels.update : labels.save}
			</button>
		</form>
	);
}
