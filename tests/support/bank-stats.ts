import type { Question } from '~/schemas/question-bank';
import { GUESS_STRATEGIES, scoreStrategy } from './guess-strategies';

export interface BankStats {
	questions: number;
	/** Share of `situasi` questions. */
	situasi: number;
	verdicts: number;
	/** Share of "boleh" among verdict questions. */
	boleh: number;
	/** Score of each guessing strategy, by name. */
	strategies: Record<string, number>;
}

/** Count what issue 14 asks of a bank: size, situation share, key balance, guessing scores. */
export function describeBank(questions: readonly Question[]): BankStats {
	const verdicts = questions.filter((question) => question.type === 'verdict');
	return {
		questions: questions.length,
		situasi: questions.filter((question) => question.kind === 'situasi').length / Math.max(1, questions.length),
		verdicts: verdicts.length,
		boleh: verdicts.filter((question) => question.correct[0] === 'boleh').length / Math.max(1, verdicts.length),
		strategies: Object.fromEntries(GUESS_STRATEGIES.map((strategy) => [strategy.name, scoreStrategy(strategy, questions)])),
	};
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A Markdown table of every bank's figures, for the report and for authors balancing a bank. */
export function formatBankTable(rows: readonly { bank: string; stats: BankStats }[]): string {
	const names = GUESS_STRATEGIES.map((strategy) => strategy.name);
	const header = ['bank', 'soal', 'situasi', 'putusan', 'kunci boleh', ...names];
	const lines = rows.map(({ bank, stats }) => [bank, String(stats.questions), pct(stats.situasi), String(stats.verdicts), pct(stats.boleh), ...names.map((name) => pct(stats.strategies[name] ?? 0))]);
	return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
