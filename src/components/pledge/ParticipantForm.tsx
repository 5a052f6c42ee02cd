import { useRef, useState } from 'preact/hooks';
import type { PledgeLabels } from '~/config/ui-strings';
import type { FieldProblem } from '~/lib/pledge/receipt';

interface Props {
	labels: PledgeLabels;
	/** Check and issue; returns the problems found, none when the receipt was made. */
	onIssue: (input: { name: string; nip: string; unit: string }) => Promise<FieldProblem[]>;
}

/** The participant's details for the receipt; problems are listed and each field says what is wrong. */
export default function ParticipantForm({ labels, onIssue }: Props) {
	const [problems, setProblems] = useState<FieldProblem[]>([]);
	const summaryRef = useRef<HTMLDivElement>(null);
	const problemFor = (field: FieldProblem['field']) => problems.find((problem) => problem.field === field)?.message;
	const field = (name: FieldProblem['field'], label: string, props: Record<string, unknown>) => (
		<div class="filter-field">
			<label for={`peserta-${name}`}>{label}</label>
			<input id={`peserta-${name}`} name={name} aria-invalid={problemFor(name) ? 'true' : undefined} aria-describedby={problemFor(name) ? `peserta-${name}-salah` : undefined} {...props} />
			{problemFor(name) && (
				<p id={`peserta-${name}-salah`} class="quiz-hint">
					{problemFor(name)}
				</p>
			)}
		</div>
	);
	return (
		<form
			class="pledge-form"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				const data = new FormData(event.currentTarget);
				void onIssue({ name: String(data.get('name') ?? ''), nip: String(data.get('nip') ?? ''), unit: String(data.get('unit') ?? '') }).then((found) => {
					setProblems(found);
					if (found.length > 0) requestAnimationFrame(() => summaryRef.current?.focus());
				});
			}}
		>
			<h4>{labels.formTitle}</h4>
			{problems.length > 0 && (
				<div ref={summaryRef} tabIndex={-1} role="alert" class="quiz-hint">
					{labels.fixFields} {problems.map((problem) => problem.message).join(' ')}
				</div>
			)}
			{field('name', labels.name, { autoComplete: 'name', maxLength: 200 })}
			{field('nip', labels.nip, { inputMode: 'numeric', autoComplete: 'off', maxLength: 40 })}
			{field('unit', labels.unit, { autoComplete: 'organization', maxLength: 300 })}
			<button type="submit" class="quiz-button">
				{labels.issue}
			</button>
		</form>
	);
}
