import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuizLabels } from '~/config/ui-strings';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { createProgressStore, EMPTY_PROGRESS, recordFinish, type BankProgress, type ProgressStore } from '~/lib/quiz/progress-store';
import type { QuizView } from '~/lib/quiz/quiz-view';
import { createSeededRandom } from '~/lib/quiz/random';
import { pickRandomSource, readSeedParam } from './pick-random-source';
import { createQuizState, resumeQuizState, scoreQuizState, selectOption, type QuizState } from './quiz-state';
import QuizRunner from './QuizRunner';

interface Props {
	quiz: QuizView;
	labels: QuizLabels;
}

/**
 * The attempt the server renders and a first-time reader keeps: shuffled once per bank (seeded by
 * its id), so the HTML before hydration is the view after it and the page does not move.
 */
function createServerState(quiz: QuizView): QuizState {
	return createQuizState(quiz.questions, createSeededRandom(quiz.bankId));
}

/** Carry over what the reader ticked in the server HTML before the island took over. */
function keepEarlyTaps(state: QuizState, quiz: QuizView, shownId: string | undefined): QuizState {
	const question = quiz.questions.find((candidate) => candidate.id === shownId);
	if (!question || state.phase !== 'answering' || state.order[state.position] !== question.id || (state.selections[question.id] ?? []).length > 0) return state;
	const ticked = [...document.getElementsByName(`${quiz.bankId}-${question.id}`)].filter((input) => input instanceof HTMLInputElement && input.checked);
	return ticked.reduce((next, input) => selectOption(next, question, (input as HTMLInputElement).value), state);
}

/**
 * A module quiz at the end of a lesson, its progress saved on the device and resumed. It renders
 * on the server in the one-question shape it keeps; the no-JavaScript view is Quiz.astro's.
 */
export default function QuizIsland({ quiz, labels }: Props) {
	const [state, setState] = useState<QuizState>(() => createServerState(quiz));
	const [canSave, setCanSave] = useState(true);
	const storeRef = useRef<ProgressStore | null>(null);
	const progressRef = useRef<BankProgress>(EMPTY_PROGRESS);

	useEffect(() => {
		const store = createProgressStore(findBrowserStorage());
		storeRef.current = store;
		progressRef.current = store.load(quiz.bankId);
		const saved = progressRef.current.attempt;
		// Tests ask for a seeded order; a saved attempt resumes; otherwise keep what is on screen.
		const server = createServerState(quiz);
		const start = saved || readSeedParam() ? resumeQuizState(quiz.questions, saved, pickRandomSource()) : server;
		setState(keepEarlyTaps(start, quiz, server.order[0]));
	}, [quiz]);

	/** Show the next state and save it; a finished attempt is also recorded as last (and best). */
	const commit = (next: QuizState) => {
		let progress: BankProgress = { ...progressRef.current, attempt: next };
		if (next.phase === 'results' && state.phase !== 'results') {
			const score = scoreQuizState(next, quiz.passMark);
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
			onRestart={() => commit(createQuizState(quiz.questions, Math.random))}
			notice={canSave ? undefined : labels.notSaved}
		/>
	);
}
