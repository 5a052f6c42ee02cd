import { getCollection } from 'astro:content';
import { shortHash } from '~/lib/pledge/receipt';

/** A short hash of every question as this build ships them: the "quiz version" on receipts. */
export async function loadQuizVersion(): Promise<string> {
	const banks = (await getCollection('questionBanks')).sort((a, b) => a.id.localeCompare(b.id));
	return shortHash(JSON.stringify(banks.map((bank) => [bank.id, bank.data.questions])));
}
