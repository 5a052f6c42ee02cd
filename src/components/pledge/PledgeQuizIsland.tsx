import { useEffect, useRef, useState } from 'preact/hooks';
import type { PledgeLabels, QuizLabels } from '~/config/ui-strings';
import { addReceipt, findReceiptFor, loadPledgeFile, putAttempt, savePledgeFile, type PledgeFile } from '~/lib/pledge/pledge-store';
import { checkParticipant, issueReceipt } from '~/lib/pledge/receipt';
import { toIsoMinute } from '~/lib/pledge/time-zone';
import type { QuizQuestionView } from '~/lib/quiz/quiz-view';
import type { RandomSource } from '~/lib/quiz/random';
import { scoreAttempt } from '~/lib/quiz/attempt';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { pickRandomSource } from '../quiz/pick-random-source';
import QuizRunner from '../quiz/QuizRunner';
import EventIntro from './EventIntro';
import ParticipantForm from './ParticipantForm';
import { attemptKeyOf, drawAttempt, readPledgeSource, resumePledgeAttempt, type LiveAttempt, type PledgeSource } from './pledge-session';
import ReceiptCard from './ReceiptCard';

interface Props {
	/** Every bank's situation questions, one list per bank, to draw from. */
	banks: QuizQuestionView[][];
	quizVersion: string;
	labels: PledgeLabels;
	quizLabels: QuizLabels;
}

/**
 * Kuis Kesiapan Ikrar: the rules from the organiser's link, an attempt kept on the device after
 * every answer (reload, Back, a new site version or a closed tab resume it), and a keyed receipt,
 * kept on the device too, for those who pass.
 */
export default function PledgeQuizIsland({ banks, quizVersion, labels, quizLabels }: Props) {
	const [source, setSource] = useState<PledgeSource | null>(null);
	const [file, setFile] = useState<PledgeFile>({ attempts: {}, receipts: [] });
	const [live, setLive] = useState<LiveAttempt | null>(null);
	const [canSave, setCanSave] = useState(true);
	const randomRef = useRef<RandomSource>(Math.random);
	const total = banks.reduce((sum, questions) => sum + questions.length, 0);

	useEffect(() => {
		const read = readPledgeSource(window.location.search, window.location.hash, total);
		const stored = loadPledgeFile(findBrowserStorage());
		randomRef.current = pickRandomSource();
		setSource(read);
		setFile(stored);
		const saved = read.rules && stored.attempts[attemptKeyOf(read.rules)];
		if (read.rules && saved) setLive(resumePledgeAttempt(banks, read.rules, saved, quizVersion, randomRef.current));
	}, [total]);

	if (!source) return null;
	if (source.problems) {
		return (
			<div class="pledge-problems" role="alert">
				<h3>{labels.badLinkTitle}</h3>
				<ul>
					{source.problems.map((problem) => (
						<li key={problem}>{problem}</li>
					))}
				</ul>
				<p>{labels.badLinkAdvice}</p>
			</div>
		);
	}

	const { rules, isEvent } = source;
	const key = attemptKeyOf(rules);
	const store = (next: PledgeFile) => {
		setFile(next);
		setCanSave(savePledgeFile(findBrowserStorage(), next));
	};
	const keep = (next: LiveAttempt | null) => {
		setLive(next);
		store(putAttempt(file, key, next?.saved));
	};
	const begin = () => keep(drawAttempt(banks, rules, quizVersion, randomRef.current, new Date()));
	const checkPage = new URL('/ikrar/periksa/', window.location.href).href;
	const held = findReceiptFor(file, rules.eventCode);

	if (!live && held) {
		return (
			<>
				<p role="status">{labels.receiptKept}</p>
				<ReceiptCard receipt={held} checkPageUrl={checkPage} labels={labels} />
				<p>
					<a href="/ikrar/tanda-selesai-saya/">{labels.myReceiptsLink}</a>
				</p>
			</>
		);
	}
	if (!live) return <EventIntro rules={rules} isEvent={isEvent} now={Date.now()} labels={labels} onStart={begin} />;

	const score = live.state.phase === 'results' ? scoreAttempt(live.state, rules.passPercent / 100) : undefined;
	return (
		<QuizRunner
			quizId="kuis-kesiapan"
			questions={live.questions}
			state={live.state}
			passMark={rules.passPercent / 100}
			labels={quizLabels}
			notice={canSave ? undefined : labels.notSaved}
			onChange={(state) => keep({ ...live, state, saved: { ...live.saved, attempt: state } })}
			onRestart={begin}
			restartLabel={labels.retryNewDraw}
			resultsExtra={
				score?.isPassed && (
					<>
						<p>{labels.toReceipt}</p>
						<ParticipantForm
							labels={labels}
							onIssue={async (input) => {
								const found = checkParticipant(input);
								if (found.length > 0) return found;
								const receipt = await issueReceipt(
									{ ...input, eventCode: rules.eventCode, correct: score.correct, total: score.total, passPercent: rules.passPercent, issuedAt: toIsoMinute(Date.now()), zone: rules.zone, quizVersion },
									rules.secret,
								);
								setLive(null);
								store(addReceipt(file, key, receipt));
								return [];
							}}
						/>
					</>
				)
			}
		/>
	);
}
