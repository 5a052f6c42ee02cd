/**
 * Card answers of a hall quiz: which card held up which letter for each question, merged across
 * scans (the left half of the hall, then the right), turned into the slide's per-option counts and
 * into each card's score.
 *
 * Stored under `netralitas:kartu:v1`, one entry per hall quiz (the quiz's page path) on this device:
 *
 *   { "version": 1, "quizzes": { "/presentasi/kuis-kelas/asas/": {
 *       "eventCode": "APEL-NETRALITAS-KAB-CONTOH",
 *       "answers": { "asas-1": { "12": "B", "40": "A" } },
 *       "key": { "asas-1": ["B"] },
 *       "updatedAt": "2026-12-01T09:30:00.000Z" } } }
 *
 * `key` holds each scanned question's right letters as projected, so the organiser's roster can
 * score the cards without the hall quiz page.
 *
 * Lifecycle: the presenter's scans add answers; a card seen again overrides its earlier letter (the
 * holder changed their mind, or the earlier frame was the odd one out); "Hapus" clears a question;
 * the hall quiz's "Hapus semua hitungan" removes the quiz's whole entry (answers and key).
 * Nothing is sent anywhere. A question removed from the bank keeps its answers until cleared, and
 * scores count only the questions the quiz has today.
 */
import { readStored, writeStored, type StorageLike } from '~/lib/storage/browser-storage';
import { CARD_FAMILY_SIZE, CARD_LETTERS, type CardLetter, type CardReading } from './card-answer';

export const CARD_TALLY_KEY = 'netralitas:kartu:v1';

/** Per question, card number -> letter. */
export type QuestionAnswers = Record<string, CardLetter>;

export interface QuizCardAnswers {
	/** The event the cards belong to, when the hall quiz runs for one (`?acara=`). */
	eventCode: string | undefined;
	answers: Record<string, QuestionAnswers>;
	/** Per scanned question, its right letters as projected. */
	key: Record<string, string[]>;
	updatedAt: string;
}

export interface CardTallyStore {
	version: 1;
	quizzes: Record<string, QuizCardAnswers>;
}

/** A question as the cards can answer it: its letters and which are right. */
export interface CardQuestion {
	id: string;
	/** Letters the question offers (A..D; A and B for verdict questions). */
	letters: readonly string[];
	correctLetters: readonly string[];
}

const isLetter = (value: unknown): value is CardLetter => typeof value === 'string' && (CARD_LETTERS as readonly string[]).includes(value);
const isCardKey = (key: string) => /^\d{1,3}$/.test(key) && Number(key) >= 1 && Number(key) <= CARD_FAMILY_SIZE;

function validateAnswers(value: unknown): Record<string, QuestionAnswers> | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const result: Record<string, QuestionAnswers> = {};
	for (const [questionId, cards] of Object.entries(value)) {
		if (typeof cards !== 'object' || cards === null || Array.isArray(cards)) return undefined;
		const clean: QuestionAnswers = {};
		for (const [card, letter] of Object.entries(cards)) {
			if (!isCardKey(card) || !isLetter(letter)) return undefined;
			clean[card] = letter;
		}
		result[questionId] = clean;
	}
	return result;
}

function validateKey(value: unknown): Record<string, string[]> | undefined {
	if (value === undefined) return {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const result: Record<string, string[]> = {};
	for (const [questionId, letters] of Object.entries(value)) {
		if (!Array.isArray(letters) || !letters.every(isLetter)) return undefined;
		result[questionId] = letters;
	}
	return result;
}

/** Validate the stored JSON; anything else resets the key. */
export function validateCardTally(value: unknown): CardTallyStore | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const { version, quizzes } = value as Partial<CardTallyStore>;
	if (version !== 1 || typeof quizzes !== 'object' || quizzes === null) return undefined;
	const result: CardTallyStore = { version: 1, quizzes: {} };
	for (const [path, quiz] of Object.entries(quizzes)) {
		const answers = validateAnswers(quiz?.answers);
		if (!answers || typeof quiz.updatedAt !== 'string') return undefined;
		if (quiz.eventCode !== undefined && typeof quiz.eventCode !== 'string') return undefined;
		const key = validateKey(quiz.key);
		if (!key) return undefined;
		result.quizzes[path] = { eventCode: quiz.eventCode, answers, key, updatedAt: quiz.updatedAt };
	}
	return result;
}

export function loadCardTally(storage: StorageLike | undefined): CardTallyStore {
	return readStored(storage, CARD_TALLY_KEY, validateCardTally) ?? { version: 1, quizzes: {} };
}

export function saveCardTally(storage: StorageLike | undefined, store: CardTallyStore): boolean {
	return writeStored(storage, CARD_TALLY_KEY, store);
}

/** Forget every card answer of one hall quiz (its page path); false when the device refused. */
export function clearQuizCards(storage: StorageLike | undefined, quizPath: string): boolean {
	const store = loadCardTally(storage);
	if (!(quizPath in store.quizzes)) return true;
	delete store.quizzes[quizPath];
	return saveCardTally(storage, store);
}

/**
 * Merge one scan's readings into a question's answers. Unclear cards, cards outside the event's
 * list (`validCards`) and letters the question does not offer (C on a verdict) are left out and
 * counted, so the overlay can say why a card did not count.
 */
export function mergeReadings(
	previous: QuestionAnswers,
	readings: readonly Pick<CardReading, 'cardNumber' | 'letter'>[],
	question: Pick<CardQuestion, 'letters'>,
	validCards?: ReadonlySet<number>,
): { answers: QuestionAnswers; added: number; changed: number; ignored: number } {
	const answers: QuestionAnswers = { ...previous };
	let added = 0;
	let changed = 0;
	let ignored = 0;
	for (const { cardNumber, letter } of readings) {
		if (letter === undefined || !question.letters.includes(letter) || (validCards && !validCards.has(cardNumber))) {
			ignored++;
			continue;
		}
		const key = String(cardNumber);
		const before = answers[key];
		if (before === letter) continue;
		if (before === undefined) added++;
		else changed++;
		answers[key] = letter;
	}
	return { answers, added, changed, ignored };
}

/** Count the cards per option, in the question's letter order, for the slide's distribution. */
export function countCardAnswers(answers: QuestionAnswers, question: Pick<CardQuestion, 'letters'>): number[] {
	const counts = question.letters.map(() => 0);
	for (const letter of Object.values(answers)) {
		const index = question.letters.indexOf(letter);
		if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
	}
	return counts;
}

export interface CardScore {
	cardNumber: number;
	/** Questions this card answered. */
	answered: number;
	correct: number;
	/** Questions that could be answered with a card. */
	total: number;
}

/**
 * Score every card that answered at least once: one point per question whose correct letter the
 * card held up. A question with more than one right option cannot be answered with one card, so it
 * is left out of `total` (the slide still shows its counts).
 */
export function scoreCards(answers: Record<string, QuestionAnswers>, questions: readonly CardQuestion[]): CardScore[] {
	const scorable = questions.filter((question) => question.correctLetters.length === 1);
	const scores = new Map<number, CardScore>();
	for (const question of scorable) {
		for (const [card, letter] of Object.entries(answers[question.id] ?? {})) {
			const cardNumber = Number(card);
			const score = scores.get(cardNumber) ?? { cardNumber, answered: 0, correct: 0, total: scorable.length };
			score.answered++;
			if (question.correctLetters[0] === letter) score.correct++;
			scores.set(cardNumber, score);
		}
	}
	return [...scores.values()].sort((a, b) => a.cardNumber - b.cardNumber);
}

/**
 * Steady readings from live video: a card counts once it shows the same letter in `frames`
 * consecutive readings, so one odd frame (a card mid-turn) never enters the tally.
 */
export function createSteadyReader(frames = 2): (readings: readonly Pick<CardReading, 'cardNumber' | 'letter'>[]) => Pick<CardReading, 'cardNumber' | 'letter'>[] {
	const streaks = new Map<number, { letter: CardLetter | undefined; count: number }>();
	return (readings) => {
		const steady: Pick<CardReading, 'cardNumber' | 'letter'>[] = [];
		const seen = new Set<number>();
		for (const { cardNumber, letter } of readings) {
			seen.add(cardNumber);
			const streak = streaks.get(cardNumber);
			const next = streak && streak.letter === letter ? { letter, count: streak.count + 1 } : { letter, count: 1 };
			streaks.set(cardNumber, next);
			if (letter !== undefined && next.count >= frames) steady.push({ cardNumber, letter });
		}
		for (const card of [...streaks.keys()]) if (!seen.has(card)) streaks.delete(card);
		return steady;
	};
}
