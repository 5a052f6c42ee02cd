import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizLabels } from '~/config/ui-strings';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { createAttempt, resumeAttempt, scoreAttempt, type Attempt } from '~/lib/quiz/attempt';
import { createProgressStore, EMPTY_PROGRESS, recordFinish, type BankProgress, type ProgressStore } from '~/lib/quiz/progress-store';
import type { QuizView } from '~/lib/quiz/quiz-view';
import { pickRandomSource } from './pick-random-source';
import QuizRunner from './QuizRunner';

interface Props {
	quiz: QuizView;
	labels: QuizLabels;
}

/**
 * A lesson's quiz (one bank) at the end of the lesson, its progress saved on the device and resumed.
 * The no-JavaScript view is Quiz.astro's (StaticQuiz.astro), so its code never ships to the browser.
 */
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

	// Until the saved attempt is read, an empty block stands in: client:visible watches it to hydrate.
	if (!state) return <div class="quiz-pending" />;

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
