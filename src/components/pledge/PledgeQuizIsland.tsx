import { useEffect, useRef, useState } from 'preact/hooks';
import type { PledgeLabels, QuizLabels } from '~/config/ui-strings';
import { drawPledgeQuestions, listPledgeCandidates } from '~/lib/pledge/draw-questions';
import { DEFAULT_SETTINGS, readEventSettings, type EventSettings, type SettingsProblem } from '~/lib/pledge/event-settings';
import { checkParticipant, formatIssuedAt, issueReceipt, type FieldProblem, type Receipt } from '~/lib/pledge/receipt';
import type { QuizQuestionView } from '~/lib/quiz/quiz-view';
import type { RandomSource } from '~/lib/quiz/random';
import { createAttempt, scoreAttempt, type Attempt as QuizAttempt } from '~/lib/quiz/attempt';
import { pickRandomSource } from '../quiz/pick-random-source';
import QuizRunner from '../quiz/QuizRunner';
import ReceiptCard from './ReceiptCard';

interface Props {
	/** Every bank's questions, one list per bank, to draw from. */
	banks: QuizQuestionView[][];
	quizVersion: string;
	labels: PledgeLabels;
	quizLabels: QuizLabels;
}

interface Attempt {
	questions: QuizQuestionView[];
	state: QuizAttempt;
}

function drawAttempt(banks: QuizQuestionView[][], settings: EventSettings, random: RandomSource): Attempt {
	const questions = drawPledgeQuestions(banks, settings.questionCount, random);
	return { questions, state: createAttempt(questions, random) };
}

/** The participant's details form; problems are listed and each field says what is wrong. */
function ParticipantForm({ labels, onIssue }: { labels: PledgeLabels; onIssue: (input: { name: string; nip: string; unit: string }) => FieldProblem[] }) {
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
				const found = onIssue({ name: String(data.get('name') ?? ''), nip: String(data.get('nip') ?? ''), unit: String(data.get('unit') ?? '') });
				setProblems(found);
				if (found.length > 0) requestAnimationFrame(() => summaryRef.current?.focus());
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

/**
 * Kuis Kesiapan Ikrar: a balanced draw from every bank, settings from the organiser's link,
 * unlimited retries with fresh draws, and a receipt for those who pass.
 */
export default function PledgeQuizIsland({ banks, quizVersion, labels, quizLabels }: Props) {
	const [settings, setSettings] = useState<EventSettings>(DEFAULT_SETTINGS);
	const [problems, setProblems] = useState<SettingsProblem[]>([]);
	const [attempt, setAttempt] = useState<Attempt | null>(null);
	const [receipt, setReceipt] = useState<Receipt | null>(null);
	const [isReady, setIsReady] = useState(false);
	const randomRef = useRef<RandomSource>(Math.random);
	const total = banks.reduce((sum, questions) => sum + listPledgeCandidates(questions).length, 0);

	useEffect(() => {
		const read = readEventSettings(window.location.search, total);
		setSettings(read.settings);
		setProblems(read.problems);
		randomRef.current = pickRandomSource();
		setIsReady(true);
	}, [total]);

	if (!isReady) return null;

	if (problems.length > 0) {
		return (
			<div class="pledge-problems" role="alert">
				<h3>{labels.badLinkTitle}</h3>
				<ul>
					{problems.map((problem) => (
						<li key={problem.param}>
							<code>{problem.param}</code>: {problem.message}
						</li>
					))}
				</ul>
				<p>{labels.badLinkAdvice}</p>
			</div>
		);
	}

	if (receipt) {
		return <ReceiptCard receipt={receipt} checkPageUrl={new URL('/ikrar/periksa/', window.location.href).href} labels={labels} />;
	}

	if (!attempt) {
		return (
			<div class="pledge-start">
				<h3>{labels.settingsTitle}</h3>
				<dl class="pledge-settings">
					<div>
						<dt>{labels.eventCode}</dt>
						<dd>{settings.eventCode || labels.noEvent}</dd>
					</div>
					<div>
						<dt>{labels.questionCount}</dt>
						<dd>{settings.questionCount}</dd>
					</div>
					<div>
						<dt>{labels.passMark}</dt>
						<dd>{Math.round(settings.passMark * 100)}%</dd>
					</div>
				</dl>
				<button type="button" class="quiz-button" onClick={() => setAttempt(drawAttempt(banks, settings, randomRef.current))}>
					{labels.start}
				</button>
			</div>
		);
	}

	const score = attempt.state.phase === 'results' ? scoreAttempt(attempt.state, settings.passMark) : undefined;
	return (
		<QuizRunner
			quizId="kuis-kesiapan"
			questions={attempt.questions}
			state={attempt.state}
			passMark={settings.passMark}
			labels={quizLabels}
			onChange={(state) => setAttempt({ ...attempt, state })}
			onRestart={() => setAttempt(drawAttempt(banks, settings, randomRef.current))}
			restartLabel={labels.retryNewDraw}
			resultsExtra={
				score?.isPassed && (
					<>
						<p>{labels.toReceipt}</p>
						<ParticipantForm
							labels={labels}
							onIssue={(input) => {
								const found = checkParticipant(input);
								if (found.length === 0) {
									setReceipt(
										issueReceipt({
											...input,
											eventCode: settings.eventCode,
											correct: score.correct,
											total: score.total,
											passPercent: Math.round(settings.passMark * 100),
											issuedAt: formatIssuedAt(new Date()),
											quizVersion,
										}),
									);
								}
								return found;
							}}
						/>
					</>
				)
			}
		/>
	);
}
