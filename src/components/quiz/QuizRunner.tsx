import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuizLabels } from '~/config/ui-strings';
import type { CitationView } from '~/lib/legal/legal-index';
import { instructionFor, labelOf, labelsOf, type QuizQuestionView } from '~/lib/quiz/quiz-view';
import { formatLabel } from '~/lib/text/format-label';
import CitationLinks from '../content/CitationLinks';
import { checkAnswer, goToNext, listMistakes, scoreAttempt, selectOption, type Attempt } from '~/lib/quiz/attempt';
import OptionFeedback from './OptionFeedback';

function Citations({ items, labels }: { items: readonly CitationView[]; labels: QuizLabels }) {
	return (
		<p class="quiz-legal">
			{labels.legalBasis} <CitationLinks items={items} />
		</p>
	);
}

interface Props {
	/** Prefix for input names, unique per quiz on the page. */
	quizId: string;
	questions: readonly QuizQuestionView[];
	state: Attempt;
	passMark: number;
	labels: QuizLabels;
	onChange: (next: Attempt) => void;
	onRestart: () => void;
	/** A line shown above the buttons, e.g. that progress cannot be saved. */
	notice?: string | undefined;
	/** Shown in the results after the score, e.g. the way to a receipt; replaces nothing. */
	resultsExtra?: ComponentChildren;
	/** Label of the restart button in the results. */
	restartLabel?: string;
}

/**
 * The answering loop shared by every quiz: one question at a time, feedback with explanation and
 * legal basis, then the score with a review of mistakes. State lives with the caller (which saves
 * or draws it); this component only renders it and moves focus where a keyboard user needs it.
 */
export default function QuizRunner({ quizId, questions, state, passMark, labels, onChange, onRestart, notice, resultsExtra, restartLabel }: Props) {
	const [hasTriedEmpty, setHasTriedEmpty] = useState(false);
	const feedbackRef = useRef<HTMLDivElement>(null);
	const questionRef = useRef<HTMLLegendElement>(null);
	const resultsRef = useRef<HTMLHeadingElement>(null);
	const focusTarget = useRef<'feedback' | 'question' | 'results' | null>(null);

	// A layout effect runs right after each render, so a focus request never lands on a render
	// that is older than the one it was made for (a plain effect can lag behind fast key presses).
	useLayoutEffect(() => {
		const target = focusTarget.current;
		focusTarget.current = null;
		if (target === 'feedback') feedbackRef.current?.focus();
		if (target === 'question') questionRef.current?.focus();
		if (target === 'results') resultsRef.current?.focus();
	}, [state]);

	if (state.phase === 'results') {
		const score = scoreAttempt(state, passMark);
		const mistakes = listMistakes(state, questions);
		return (
			<div class="quiz-results">
				<h3 ref={resultsRef} tabIndex={-1}>
					{labels.resultsTitle}
				</h3>
				<div role="status" class={score.isPassed ? 'quiz-verdict is-passed' : 'quiz-verdict is-failed'}>
					<p>{formatLabel(labels.score, { correct: score.correct, total: score.total, percent: Math.round(score.ratio * 100) })}</p>
					<p>{formatLabel(score.isPassed ? labels.passed : labels.failed, { needed: score.needed, total: score.total })}</p>
				</div>
				{resultsExtra}
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
									<OptionFeedback question={question} values={state.selections[question.id] ?? []} title={labels.whyChosenWrong} />
									<p>{question.explanation}</p>
									<Citations items={question.legalBasis} labels={labels} />
									<p>
										<a href={question.lessonHref}>{labels.backToLesson}</a>
									</p>
								</li>
							))}
						</ul>
					</>
				)}
				{notice && <p class="quiz-hint">{notice}</p>}
				<button
					type="button"
					class="quiz-button"
					onClick={() => {
						focusTarget.current = 'question';
						setHasTriedEmpty(false);
						onRestart();
					}}
				>
					{restartLabel ?? labels.retry}
				</button>
			</div>
		);
	}

	const question = questions.find((candidate) => candidate.id === state.order[state.position]);
	if (!question) return null;
	const selected = state.selections[question.id] ?? [];
	const result = state.results[question.id];
	const isChecked = result !== undefined;
	const isLast = state.position === state.order.length - 1;

	return (
		<form
			class="quiz-live"
			// A tap on the button in the server HTML, before hydration, must not reload the page:
			// a "dialog" form outside a dialog submits nowhere.
			method="dialog"
			onSubmit={(event) => {
				event.preventDefault();
				if (isChecked) {
					focusTarget.current = isLast ? 'results' : 'question';
					onChange(goToNext(state));
				} else if (selected.length === 0) {
					setHasTriedEmpty(true);
				} else {
					focusTarget.current = 'feedback';
					setHasTriedEmpty(false);
					onChange(checkAnswer(state, question));
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
					const isSelected = selected.includes(value);
					const mark = isChecked && question.correct.includes(value) ? 'is-correct' : isChecked && isSelected ? 'is-wrong' : '';
					return (
						<label class={`quiz-option ${mark}`} key={value}>
							<input
								type={question.type === 'multiple' ? 'checkbox' : 'radio'}
								name={`${quizId}-${question.id}`}
								value={value}
								checked={isSelected}
								onChange={() => onChange(selectOption(state, question, value))}
							/>
							<span>{labelOf(question, value)}</span>
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
						<OptionFeedback question={question} values={selected} title={labels.whyChosenWrong} />
						<p>{question.explanation}</p>
						<Citations items={question.legalBasis} labels={labels} />
					</>
				)}
			</div>
			{notice && <p class="quiz-hint">{notice}</p>}
			<button type="submit" class="quiz-button">
				{isChecked ? (isLast ? labels.finish : labels.next) : labels.check}
			</button>
		</form>
	);
}
