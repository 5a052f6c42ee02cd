import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizLabels } from '~/config/ui-strings';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { createAttempt, resumeAttempt, scoreAttempt, selectOption, type Attempt } from '~/lib/quiz/attempt';
import { createProgressStore, EMPTY_PROGRESS, recordFinish, type BankProgress, type ProgressStore } from '~/lib/quiz/progress-store';
import type { QuizView } from '~/lib/quiz/quiz-view';
import { createSeededRandom } from '~/lib/quiz/random';
import { pickRandomSource, readSeedParam } from './pick-random-source';
import QuizRunner from './QuizRunner';

interface Props {
	quiz: QuizView;
	labels: QuizLabels;
}

/**
 * The attempt the server renders and a first-time reader keeps: shuffled once per bank (seeded by
 * its id), so the HTML before hydration is the view after it and the page does not move.
 */
function createServerAttempt(quiz: QuizView): Attempt {
	return createAttempt(quiz.questions, createSeededRandom(quiz.bankId));
}

/** Carry over what the reader ticked in the server HTML before the island took over. */
function keepEarlyTaps(attempt: Attempt, quiz: QuizView, shownId: string | undefined): Attempt {
	const question = quiz.questions.find((candidate) => candidate.id === shownId);
	if (!question || attempt.phase !== 'answering' || attempt.order[attempt.position] !== question.id || (attempt.selections[question.id] ?? []).length > 0) return attempt;
	const ticked = [...document.getElementsByName(`${quiz.bankId}-${question.id}`)].filter((input) => input instanceof HTMLInputElement && input.checked);
	return ticked.reduce((next, input) => selectOption(next, question, (input as HTMLInputElement).value), attempt);
}

/**
 * A lesson's quiz (one bank) at the end of the lesson, its progress saved on the device and resumed.
 * It renders on the server in the one-question shape it keeps after hydration; the no-JavaScript
 * view is Quiz.astro's (StaticQuiz.astro in <noscript>), so its code never ships to the browser.
 */
export default function QuizIsland({ quiz, labels }: Props) {
	const [state, setState] = useState<Attempt>(() => createServerAttempt(quiz));
	const [canSave, setCanSave] = useState(true);
	const storeRef = useRef<ProgressStore | null>(null);
	const progressRef = useRef<BankProgress>(EMPTY_PROGRESS);

	useEffect(() => {
		const store = createProgressStore(findBrowserStorage());
		storeRef.current = store;
		progressRef.current = store.load(quiz.bankId);
		const saved = progressRef.current.attempt;
		// Tests ask for a seeded order; a saved attempt resumes; otherwise keep what is on screen.
		const server = createServerAttempt(quiz);
		const start = saved || readSeedParam() ? resumeAttempt(quiz.questions, saved, pickRandomSource()) : server;
		setState(keepEarlyTaps(start, quiz, server.order[0]));
	}, [quiz]);

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
