import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizLabels } from '~/config/ui-strings';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { createAttempt, resumeAttempt, scoreAttempt, type Attempt } from '~/lib/quiz/attempt';
import { createProgressStore, EMPTY_PROGRESS, recordFinish, type BankProgress, type ProgressStore } from '~/lib/quiz/progress-store';
import type { QuizView } from '~/lib/quiz/quiz-view';
import { formatLabel } from '~/lib/text/format-label';
import { pickRandomSource } from './pick-random-source';
import OptionFeedback from './OptionFeedback';
import QuizRunner, { Citations, instructionFor, labelsOf } from './QuizRunner';

interface Props {
	quiz: QuizView;
	labels: QuizLabels;
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
						<OptionFeedback question={question} values={question.options.map((option) => option.value)} title={labels.whyOthersWrong} />
						<Citations items={question.legalBasis} labels={labels} />
					</details>
				</fieldset>
			))}
		</div>
	);
}

/** A lesson's quiz (one bank) at the end of the lesson, its progress saved on the device and resumed. */
export default function QuizIsland({ quiz, labels }: Props) {
	const [state, setState] = useState<Attempt | null>(null);
	const [canSave, setCanSave] = useState(true);
	const storeRef = useRef<ProgressStore | null>(null);
	const progressRef = useRef<BankProgress>(EMPTY_PROGRESS);

	useEffect(() => {
		const store = createProgressStore(findBrowserStorage());
		storeRef.current = store;
		progressRef.current = store.load(quiz.bankId);
		setState(resumeAttempt(quiz.questions, progressRef.current.attempt, pickRandomSource()));
	}, [quiz]);

	if (!state) return <StaticQuiz quiz={quiz} labels={labels} />;

	/** Show the next state and save it; a finished attempt is also recorded as last (and best). */
	const commit = (next: Attempt) => {
		let progress: BankProgress = { ...progressRef.current, attempt: next };
		if (next.phase === 'results' && state.phase !== 'results') {
			const score = scoreAttempt(next, quiz.passMark);
			progress = recordFinish(progress, { correct: score.correct, total: score.total, isPassed: score.isPassed, finishedAt: new Date().toISOString() });
		}
		progressRef.current = progress;
		if (!storeRef.current?.save(quiz.bankId, progress)) setCanSave(false);
		setState(next);
	};

	return (
		<QuizRunner
			quizId={quiz.bankId}
			questions={quiz.questions}
			state={state}
			passMark={quiz.passMark}
			labels={labels}
			onChange={commit}
			onRestart={() => commit(createAttempt(quiz.questions, Math.random))}
			notice={canSave ? undefined : labels.notSaved}
		/>
	);
}
