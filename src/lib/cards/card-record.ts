/**
 * The organiser's record from the cards: for an event, every expected participant's score from the
 * hall quizzes run for it (`?acara=`), summed over all scanned questions, judged against the event's
 * pass mark. It is what the room saw each card answer; who held which card is the organiser's own
 * sign-in record, which the roster labels plainly.
 */
import { assignCards, type CardHolder, type CardParticipant } from './card-holders';
import { scoreCards, type CardQuestion, type CardTallyStore } from './card-tally';

export interface CardRecordRow {
	cardNumber: number;
	participant: CardParticipant | undefined;
	answered: number;
	correct: number;
	/** Scorable questions scanned for the event (one right letter each). */
	total: number;
	/** Whole percent of `total`, or undefined when the card was never read. */
	percent: number | undefined;
	isPassed: boolean;
}

export interface CardRecord {
	rows: CardRecordRow[];
	quizzes: number;
	questions: number;
}

/** Build the record of an event's cards from what this device scanned. */
export function buildCardRecord(store: CardTallyStore, eventCode: string, holders: readonly CardHolder[], passMark: number): CardRecord {
	const quizzes = Object.values(store.quizzes).filter((quiz) => quiz.eventCode === eventCode);
	const totals = new Map<number, { answered: number; correct: number }>();
	let questions = 0;
	for (const quiz of quizzes) {
		const scanned: CardQuestion[] = Object.entries(quiz.key)
			.filter(([id]) => quiz.answers[id] && Object.keys(quiz.answers[id]!).length > 0)
			.map(([id, correctLetters]) => ({ id, letters: [], correctLetters }));
		questions += scanned.filter((question) => question.correctLetters.length === 1).length;
		for (const score of scoreCards(quiz.answers, scanned)) {
			const total = totals.get(score.cardNumber) ?? { answered: 0, correct: 0 };
			total.answered += score.answered;
			total.correct += score.correct;
			totals.set(score.cardNumber, total);
		}
	}
	const rows = holders.map((holder) => {
		const total = totals.get(holder.cardNumber) ?? { answered: 0, correct: 0 };
		const percent = total.answered > 0 && questions > 0 ? Math.round((total.correct * 100) / questions) : undefined;
		return {
			cardNumber: holder.cardNumber,
			participant: holder.participant,
			answered: total.answered,
			correct: total.correct,
			total: questions,
			percent,
			isPassed: questions > 0 && total.correct / questions >= passMark,
		};
	});
	return { rows, quizzes: quizzes.length, questions };
}

/** A card score in the shape the roster takes beside receipts (observed in the room, never a receipt). */
export interface ObservedCardScore {
	nip: string;
	correct: number;
	total: number;
	observedAt: string;
	source: string;
}

/**
 * Turn the record into observed scores for the roster: one per expected participant whose card was
 * read, timed by the event's latest scan. Cards without a participant (no list) have no NIP and stay out.
 */
export function toObservedScores(record: CardRecord, observedAt: string, source: string): ObservedCardScore[] {
	return record.rows.flatMap((row) =>
		row.participant && row.answered > 0 ? [{ nip: row.participant.nip, correct: row.correct, total: row.total, observedAt, source }] : [],
	);
}

/** The time of the event's latest scan, for the roster's "observed at". */
export function latestScan(store: CardTallyStore, eventCode: string): string | undefined {
	const times = Object.values(store.quizzes)
		.filter((quiz) => quiz.eventCode === eventCode)
		.map((quiz) => quiz.updatedAt)
		.sort();
	return times.at(-1);
}

/** Name the cards' scores as the organiser's roster shows them, next to receipts. */
export const CARD_SOURCE = 'kartu jawaban';

/**
 * The scores an event's cards observed in the room, one per expected participant who answered,
 * ready for the roster; none when the event has no list or nothing was scanned for it.
 */
export function observedCardScores(store: CardTallyStore, event: { code: string; expected: readonly CardParticipant[]; passPercent: number }): ObservedCardScore[] {
	const observedAt = latestScan(store, event.code);
	if (!observedAt || event.expected.length === 0) return [];
	const record = buildCardRecord(store, event.code, assignCards(event.expected), event.passPercent / 100);
	return toObservedScores(record, observedAt, CARD_SOURCE);
}
