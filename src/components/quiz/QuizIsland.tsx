import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuizLabels } from '~/config/ui-strings';
import CitationLinks from '../content/CitationLinks';
import { createSeededRandom } from '~/lib/quiz/random';
import type { CitationView } from '~/lib/legal/legal-index';
import type { QuizQuestionView, QuizView } from '~/lib/quiz/quiz-view';
import { formatLabel } from '~/lib/text/format-label';
import { createProgressStore, EMPTY_PROGRESS, findBrowserStorage, recordFinish, type BankProgress, type ProgressStore } from '~/lib/quiz/progress-store';
import { checkAnswer, createQuizState, goToNext, listMistakes, resumeQuizState, scoreQuizState, selectOption, type QuizState } from './quiz-state';

interface Props {
	quiz: QuizView;
	labels: QuizLabels;
}

/** Seed for repeatable shuffles in tests ("?seed=..."); otherwise a fresh random order. */
function pickRandomSource() {
	const seed = new URLSearchParams(window.location.search).get('seed');
	return seed ? createSeededRandom(seed) : Math.random;
}

function Citations({ items, labels }: { items: CitationView[]; labels: QuizLabels }) {
	return (
		<p class="quiz-legal">
			{labels.legalBasis} <CitationLinks items={items} />
		</p>
	);
}

function labelsOf(question: QuizQuestionView, values: readonly string[]): string {
	return values.map((value) => question.options.find((option) => option.value === value)?.label ?? value).join('; ');
}

function instructionFor(question: QuizQuestionView, labels: QuizLabels): string {
	if (question.type === 'multiple') return labels.chooseMany;
	return question.type === 'verdict' ? labels.chooseVerdict : labels.chooseOne;
}

/** Before hydration and without JavaScript: every question with its answer behind a <details>. */
function StaticQuiz({ quiz, labels }: Props) {
	return (
		<div class="quiz-static">
			<p>{labels.staticIntro}</p>
			{quiz.questions.map((question, index) => (
				<fieldset class="quiz-question" key={question.id}>
					<legend>
						<span class="quiz-counter">{formatLabel(labels.questionCounter, { current: index + 1, total: quiz.questions.length })}</span>
						<span class="quiz-prompt">{question.prompt}</span>
					</legend>
					<p class="quiz-instruction">{instructionFor(question, labels)}</p>
					{question.options.map((option) => (
						<label class="quiz-option" key={option.value}>
							<input type={question.type === 'multiple' ? 'checkbox' : 'radio'} name={`${quiz.bankId}-${question.id}-static`} value={option.value} />
							<span>{option.label}</span>
						</label>
					))}
					<details class="quiz-answer">
						<summary>{labels.showAnswer}</summary>
						<p>
							<strong>{labels.correctAnswer}</strong> {labelsOf(question, question.correct)}
						</p>
						<p>{question.explanation}</p>
						<Citations items={question.legalBasis} labels={labels} />
					</details>
				</fieldset>
			))}
		</div>
	);
}

/** A module quiz: one question at a time, feedback with explanation and legal basis, then a score. */
export default function QuizIsland({ quiz, labels }: Props) {
	const [state, setState] = useState<QuizState | null>(null);
	const [hasTriedEmpty, setHasTriedEmpty] = useState(false);
	const [canSave, setCanSave] = useState(true);
	const storeRef = useRef<ProgressStore | null>(null);
	const progressRef = useRef<BankProgress>(EMPTY_PROGRESS);
	const feedbackRef = useRef<HTMLDivElement>(null);
	const questionRef = useRef<HTMLLegendElement>(null);
	const resultsRef = useRef<HTMLHeadingElement>(null);
	const focusTarget = useRef<'feedback' | 'question' | 'results' | null>(null);

	useEffect(() => {
		const store = createProgressStore(findBrowserStorage());
		storeRef.current = store;
		progressRef.current = store.load(quiz.bankId);
		setState(resumeQuizState(quiz.questions, progressRef.current.attempt, pickRandomSource()));
	}, [quiz]);

	/** Show the next state and save it; a finished attempt is also recorded as last (and best). */
	const commit = (next: QuizState) => {
		let progress: BankProgress = { ...progressRef.current, attempt: next };
		if (next.phase === 'results' && state?.phase !== 'results') {
			const score = scoreQuizState(next, quiz.passMark);
			progress = recordFinish(progress, { correct: score.correct, total: score.total, isPassed: score.isPassed, finishedAt: new Date().toISOString() });
		}
		progressRef.current = progress;
		if (!storeRef.current?.save(quiz.bankId, progress)) setCanSave(false);
		setState(next);
	};

	// A layout effect runs right after each render, so a focus request never lands on a render
	// that is older than the one it was made for (a plain effect can lag behind fast key presses).
	useLayoutEffect(() => {
		const target = focusTarget.current;
		focusTarget.current = null;
		if (target === 'feedback') feedbackRef.current?.focus();
		if (target === 'question') questionRef.current?.focus();
		if (target === 'results') resultsRef.current?.focus();
	}, [state]);

	if (!state) return <StaticQuiz quiz={quiz} labels={labels} />;

	const byId = new Map(quiz.questions.map((question) => [question.id, question]));

	if (state.phase === 'results') {
		const score = scoreQuizState(state, quiz.passMark);
		const mistakes = listMistakes(state, quiz.questions);
		return (
			<div class="quiz-results">
				<h3 ref={resultsRef} tabIndex={-1}>
					{labels.resultsTitle}
				</h3>
				<div role="status" class={score.isPassed ? 'quiz-verdict is-passed' : 'quiz-verdict is-failed'}>
					<p>{formatLabel(labels.score, { correct: score.correct, total: score.total, percent: Math.round(score.ratio * 100) })}</p>
					<p>{formatLabel(score.isPassed ? labels.passed : labels.failed, { needed: score.needed, total: score.total })}</p>
				</div>
				{mistakes.length > 0 && (
					<>
						<h4>{labels.reviewTitle}</h4>
						<ul class="quiz-review">
							{mistakes.map((question) => (
								<li key={question.id}>
									<p class="quiz-prompt">{question.prompt}</p>
									<p>
										<strong>{labels.correctAnswer}</strong> {labelsOf(question, question.correct)}
									</p>
									<p>{question.explanation}</p>
									<Citations items={question.legalBasis} labels={labels} />
								</li>
							))}
						</ul>
						<p>
							<a href={quiz.lessonHref}>{labels.backToLesson}</a>
						</p>
					</>
				)}
				{!canSave && <p class="quiz-hint">{labels.notSaved}</p>}
				<button
					type="button"
					class="quiz-button"
					onClick={() => {
						focusTarget.current = 'question';
						setHasTriedEmpty(false);
						commit(createQuizState(quiz.questions, Math.random));
					}}
				>
					{labels.retry}
				</button>
			</div>
		);
	}

	const questionId = state.order[state.position] ?? '';
	const question = byId.get(questionId);
	if (!question) return null;
	const selected = state.selections[question.id] ?? [];
	const result = state.results[question.id];
	const isChecked = result !== undefined;
	const isLast = state.position === state.order.length - 1;
	const inputName = `${quiz.bankId}-${question.id}`;

	return (
		<form
			class="quiz-live"
			onSubmit={(event) => {
				event.preventDefault();
				if (isChecked) {
					focusTarget.current = isLast ? 'results' : 'question';
					commit(goToNext(state));
				} else if (selected.length === 0) {
					setHasTriedEmpty(true);
				} else {
					focusTarget.current = 'feedback';
					setHasTriedEmpty(false);
					commit(checkAnswer(state, question));
				}
			}}
		>
			<fieldset class="quiz-question" disabled={isChecked}>
				<legend ref={questionRef} tabIndex={-1}>
					<span class="quiz-counter">{formatLabel(labels.questionCounter, { current: state.position + 1, total: state.order.length })}</span>
					<span class="quiz-prompt">{question.prompt}</span>
				</legend>
				<p class="quiz-instruction">{instructionFor(question, labels)}</p>
				{(state.optionOrder[question.id] ?? []).map((value) => {
					const option = question.options.find((candidate) => candidate.value === value);
					const isSelected = selected.includes(value);
					const mark = isChecked && question.correct.includes(value) ? 'is-correct' : isChecked && isSelected ? 'is-wrong' : '';
					return (
						<label class={`quiz-option ${mark}`} key={value}>
							<input
								type={question.type === 'multiple' ? 'checkbox' : 'radio'}
								name={inputName}
								value={value}
								checked={isSelected}
								onChange={() => commit(selectOption(state, question, value))}
							/>
							<span>{option?.label ?? value}</span>
						</label>
					);
				})}
			</fieldset>
			{hasTriedEmpty && (
				<p class="quiz-hint" role="alert">
					{labels.noSelection}
				</p>
			)}
			<div ref={feedbackRef} tabIndex={-1} role="status" class={isChecked ? `quiz-feedback ${result ? 'is-correct' : 'is-wrong'}` : 'quiz-feedback'}>
				{isChecked && (
					<>
						<p class="quiz-feedback-title">
							<strong>{result ? labels.correct : labels.incorrect}</strong>
						</p>
						{!result && (
							<p>
								<strong>{labels.correctAnswer}</strong> {labelsOf(question, question.correct)}
							</p>
						)}
						<p>{question.explanation}</p>
						<Citations items={question.legalBasis} labels={labels} />
					</>
				)}
			</div>
			{!canSave && <p class="quiz-hint">{labels.notSaved}</p>}
			<button type="submit" class="quiz-button">
				{isChecked ? (isLast ? labels.finish : labels.next) : labels.check}
			</button>
		</form>
	);
}
