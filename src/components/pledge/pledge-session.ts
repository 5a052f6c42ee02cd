/**
 * The participant's side of an ikrar event, as functions the island calls: where the rules come
 * from (the event link, an old query link, or practice), drawing an attempt, and resuming a saved
 * one against today's questions. Storage is pledge-store.ts; the island only renders.
 */
import { drawPledgeQuestions } from '~/lib/pledge/draw-questions';
import { readEventLink, type EventRules } from '~/lib/pledge/event';
import { readEventSettings } from '~/lib/pledge/event-settings';
import { PRACTICE_KEY, type PledgeAttempt } from '~/lib/pledge/pledge-store';
import type { TimeZone } from '~/lib/pledge/time-zone';
import type { QuizQuestionView } from '~/lib/quiz/quiz-view';
import type { RandomSource } from '~/lib/quiz/random';
import { createAttempt, resumeAttempt, type Attempt } from '~/lib/quiz/attempt';

/** The rules an attempt runs under; `secret` is empty for practice (its receipts prove nothing). */
export interface SessionRules {
	eventCode: string;
	eventName: string;
	questionCount: number;
	passPercent: number;
	zone: TimeZone;
	secret: string;
	/** The event's window, or undefined for practice. */
	window?: { startsAt: string; endsAt: string } | undefined;
}

export type PledgeSource = { rules: SessionRules; isEvent: boolean; problems?: undefined } | { rules?: undefined; problems: string[] };

/** Read the rules from the page's address: the event link's fragment first, then an old query link. */
export function readPledgeSource(search: string, hash: string, availableQuestions: number): PledgeSource {
	const link = readEventLink(hash);
	if (link.error) return { problems: [link.error] };
	if (link.rules) return { rules: fromEvent(link.rules), isEvent: true };
	const { settings, problems } = readEventSettings(search, availableQuestions);
	if (problems.length > 0) return { problems: problems.map((problem) => `${problem.param}: ${problem.message}`) };
	return {
		isEvent: false,
		rules: { eventCode: settings.eventCode, eventName: '', questionCount: settings.questionCount, passPercent: settings.passPercent, zone: 'WIB', secret: '' },
	};
}

function fromEvent(rules: EventRules): SessionRules {
	return {
		eventCode: rules.code,
		eventName: rules.name,
		questionCount: rules.questionCount,
		passPercent: rules.passPercent,
		zone: rules.zone,
		secret: rules.secret,
		window: { startsAt: rules.startsAt, endsAt: rules.endsAt },
	};
}

/** The key the attempt is stored under: the event code, or "-" for practice. */
export function attemptKeyOf(rules: SessionRules): string {
	return rules.secret ? rules.eventCode : rules.eventCode || PRACTICE_KEY;
}

export interface LiveAttempt {
	questions: QuizQuestionView[];
	state: Attempt;
	saved: PledgeAttempt;
}

/** Draw a fresh attempt: `count` situation questions through the shared pledge draw, options shuffled. */
export function drawAttempt(banks: QuizQuestionView[][], rules: SessionRules, quizVersion: string, random: RandomSource, now: Date): LiveAttempt {
	const questions = drawPledgeQuestions(banks, rules.questionCount, random);
	const state = createAttempt(questions, random);
	return { questions, state, saved: { questionIds: questions.map((question) => question.id), quizVersion, attempt: state, startedAt: now.toISOString() } };
}

/**
 * Resume a saved attempt on today's questions: the questions that still exist are kept in their
 * order with their answers; any removed by a new version of the site are replaced by fresh draws.
 */
export function resumePledgeAttempt(banks: QuizQuestionView[][], rules: SessionRules, saved: PledgeAttempt, quizVersion: string, random: RandomSource): LiveAttempt {
	const byId = new Map(banks.flat().map((question) => [question.id, question]));
	const kept = saved.questionIds.flatMap((id) => byId.get(id) ?? []);
	const keptIds = new Set(kept.map((question) => question.id));
	const topUp = kept.length < rules.questionCount ? drawPledgeQuestions(banks.map((questions) => questions.filter((question) => !keptIds.has(question.id))), rules.questionCount - kept.length, random) : [];
	const questions = [...kept, ...topUp];
	const state = resumeAttempt(questions, saved.attempt, random);
	return { questions, state, saved: { ...saved, questionIds: questions.map((question) => question.id), quizVersion, attempt: state } };
}
