/**
 * Which participant holds which card. Cards are numbered in the order of the event's expected list
 * (the organiser's sign-in sheet uses the same order), so a printed card, the scanner and the
 * roster agree without storing a separate table. Without a list, cards are just numbered 1..n.
 */
import { CARD_FAMILY_SIZE } from './card-answer';

/** The part of an expected participant a card shows; matches the event's expected list rows. */
export interface CardParticipant {
	nip: string;
	name: string;
	unit?: string | undefined;
}

export interface CardHolder {
	cardNumber: number;
	participant: CardParticipant | undefined;
}

/** Number the cards for an event: one per expected participant, or `count` blank ones. */
export function assignCards(participants: readonly CardParticipant[] | undefined, count?: number): CardHolder[] {
	const size = participants && participants.length > 0 ? participants.length : (count ?? 0);
	if (!Number.isInteger(size) || size < 1) throw new RangeError('Jumlah kartu harus 1 atau lebih.');
	if (size > CARD_FAMILY_SIZE) throw new RangeError(`Satu acara paling banyak ${CARD_FAMILY_SIZE} kartu; daftar ini berisi ${size} orang.`);
	return Array.from({ length: size }, (_, index) => ({ cardNumber: index + 1, participant: participants?.[index] }));
}

/** Find who holds a card, by card number. */
export function findHolder(holders: readonly CardHolder[], cardNumber: number): CardHolder | undefined {
	return holders[cardNumber - 1]?.cardNumber === cardNumber ? holders[cardNumber - 1] : holders.find((holder) => holder.cardNumber === cardNumber);
}
