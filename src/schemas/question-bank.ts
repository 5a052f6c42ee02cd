import { z } from 'astro/zod';
import { IsoDateSchema, LegalRefIdSchema, NonEmptyTextSchema, PagePathSchema, SlugSchema } from './shared';

/** The two fixed answers of a "boleh atau tidak" question; the UI labels them. */
export const VERDICT_VALUES = ['boleh', 'tidak-boleh'] as const;
export type VerdictValue = (typeof VERDICT_VALUES)[number];

/**
 * What a question measures: `situasi` asks what to do in a situation an ASN meets; `ingatan` asks
 * for a number, date or article that matters to the reader. Pledge draws take only `situasi`.
 */
export const QUESTION_KINDS = ['situasi', 'ingatan'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

const questionCommon = {
	/** Stable slug, never reused: saved progress and receipts refer to it. */
	id: SlugSchema,
	/** Required; checked in QuestionSchema so the message can name the question. */
	kind: z.enum(QUESTION_KINDS).optional(),
	/** Catalogue acts (content/prohibited-acts ids) this question tests; pledge draws never repeat one. */
	acts: z.array(SlugSchema).optional(),
	prompt: NonEmptyTextSchema,
	explanation: NonEmptyTextSchema,
	legalBasis: z.array(LegalRefIdSchema).min(1, 'setiap soal wajib menyebut dasar hukumnya'),
};

/**
 * A wrong option: its text, and one sentence (with its pasal where there is one) on why it is wrong.
 * The plain-text form parses so the message can name the question, then fails: every wrong option
 * must say why (QuestionSchema below).
 */
const DistractorSchema = z.union([
	NonEmptyTextSchema,
	z.strictObject({ text: NonEmptyTextSchema, why: NonEmptyTextSchema }),
]);
type DistractorInput = z.output<typeof DistractorSchema>;
const distractorText = (distractor: DistractorInput) => (typeof distractor === 'string' ? distractor : distractor.text);

const SingleChoiceInputSchema = z.strictObject({
	...questionCommon,
	type: z.literal('single'),
	answer: NonEmptyTextSchema,
	distractors: z.array(DistractorSchema).min(1, 'soal pilihan tunggal butuh minimal satu pengecoh').max(5),
});

const MultipleSelectInputSchema = z.strictObject({
	...questionCommon,
	type: z.literal('multiple'),
	answers: z.array(NonEmptyTextSchema).min(1, 'soal pilihan ganda butuh minimal satu jawaban benar'),
	distractors: z.array(DistractorSchema).min(1, 'soal pilihan ganda butuh minimal satu pengecoh'),
});

const VerdictInputSchema = z.strictObject({
	...questionCommon,
	type: z.literal('verdict'),
	verdict: z.enum(VERDICT_VALUES),
	/** Why the other verdict is wrong, shown to a reader who chose it; required (see QuestionSchema). */
	whyNot: NonEmptyTextSchema.optional(),
});

/** The question every verdict page and slide asks under the prompt (quizLabels.chooseVerdict). */
const VERDICT_ASKED_BY_PAGE = /boleh atau tidak\?\s*$/i;

/**
 * A question as authored, normalised so consumers never branch on shape: every question ends up
 * with `correct` (the right values) and `options` (all values, correct first, unshuffled).
 */
export const QuestionSchema = z
	.discriminatedUnion('type', [SingleChoiceInputSchema, MultipleSelectInputSchema, VerdictInputSchema])
	.superRefine((question, ctx) => {
		// Named by id, because an author reading "questions[12].kind" has to count to find it.
		const named = `soal "${question.id}"`;
		if (!question.kind) {
			ctx.addIssue({ code: 'custom', path: ['kind'], message: `${named}: isi kind dengan "situasi" (apa yang dilakukan ASN) atau "ingatan" (angka, tanggal, atau pasal)` });
		}
		if (question.type === 'verdict') {
			if (VERDICT_ASKED_BY_PAGE.test(question.prompt)) {
				ctx.addIssue({ code: 'custom', path: ['prompt'], message: `${named}: hapus "Boleh atau tidak?" di akhir prompt; halaman kuis dan salindia sudah menanyakannya` });
			}
			if (!question.whyNot) {
				ctx.addIssue({ code: 'custom', path: ['whyNot'], message: `${named}: tulis whyNot, satu kalimat mengapa "${question.verdict === 'boleh' ? 'tidak boleh' : 'boleh'}" keliru` });
			}
			return;
		}
		question.distractors.forEach((distractor, index) => {
			if (typeof distractor === 'string') {
				ctx.addIssue({
					code: 'custom',
					path: ['distractors', index],
					message: `${named}: pengecoh "${distractor}" belum punya alasan; tulis { text: ..., why: satu kalimat mengapa keliru }`,
				});
			}
		});
		const correct = question.type === 'single' ? [question.answer] : question.answers;
		const all = [...correct, ...question.distractors.map(distractorText)];
		const seen = new Set<string>();
		all.forEach((value, index) => {
			if (seen.has(value)) {
				const isDistractor = index >= correct.length;
				ctx.addIssue({
					code: 'custom',
					path: isDistractor ? ['distractors', index - correct.length] : [question.type === 'single' ? 'answer' : 'answers'],
					message: `pilihan "${value}" muncul dua kali; jawaban dan pengecoh harus berbeda`,
				});
			}
			seen.add(value);
		});
		if (all.length > 6) {
			ctx.addIssue({ code: 'custom', path: ['distractors'], message: 'paling banyak 6 pilihan per soal' });
		}
	})
	.transform((question) => {
		const { id, kind, acts, prompt, explanation, legalBasis, type } = question;
		const correct =
			type === 'single' ? [question.answer] : type === 'multiple' ? question.answers : [question.verdict];
		const options =
			type === 'verdict' ? [...VERDICT_VALUES] : [...correct, ...question.distractors.map(distractorText)];
		/** Why each wrong option is wrong, keyed by option value. */
		const feedback: Record<string, string> = {};
		if (type === 'verdict') {
			const wrong = VERDICT_VALUES.find((value) => value !== question.verdict)!;
			if (question.whyNot) feedback[wrong] = question.whyNot;
		} else {
			for (const distractor of question.distractors) if (typeof distractor !== 'string') feedback[distractor.text] = distractor.why;
		}
		// kind is checked above, and a failed check discards this output.
		return { id, kind: kind as QuestionKind, acts: acts ?? [], type, prompt, explanation, legalBasis, correct, options, feedback };
	});

export const QuestionBankSchema = z
	.strictObject({
		title: NonEmptyTextSchema,
		description: NonEmptyTextSchema,
		/** The lesson page this bank tests, e.g. "belajar/apa-itu-netralitas". */
		lesson: PagePathSchema,
		/** Share of questions needed to pass, from 0 to 1. */
		passMark: z.number().gt(0).max(1).default(0.8),
		lastChecked: IsoDateSchema,
		questions: z.array(QuestionSchema).min(1, 'bank soal tidak boleh kosong'),
	})
	.superRefine((bank, ctx) => {
		const seen = new Set<string>();
		bank.questions.forEach((question, index) => {
			if (seen.has(question.id)) {
				ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `id soal "${question.id}" dipakai dua kali` });
			}
			seen.add(question.id);
		});
	});

export type QuestionInput = z.input<typeof QuestionSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionBankInput = z.input<typeof QuestionBankSchema>;
export type QuestionBank = z.output<typeof QuestionBankSchema>;
