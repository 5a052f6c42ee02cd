import type { Attempt } from '~/lib/quiz/attempt';
import type { QuizQuestionView, QuizView } from '~/lib/quiz/quiz-view';

/** A small quiz covering every question type, for state and component tests. */
export const sampleQuestions: QuizQuestionView[] = [
	{
		id: 'q-single',
		type: 'single',
		kind: 'ingatan',
		acts: [],
		prompt: 'Pasal mana yang mewajibkan ASN menjaga netralitas?',
		options: [
			{ value: 'Pasal 24 ayat (1) huruf d', label: 'Pasal 24 ayat (1) huruf d' },
			{ value: 'Pasal 52 ayat (4)', label: 'Pasal 52 ayat (4)' },
		],
		correct: ['Pasal 24 ayat (1) huruf d'],
		feedback: { 'Pasal 52 ayat (4)': 'Pasal 52 ayat (4) mengatur pemberhentian tidak dengan hormat, bukan kewajiban netralitas.' },
		explanation: 'Kewajiban menjaga netralitas ada di Pasal 24 ayat (1) huruf d.',
		legalBasis: [{ citation: 'UU 20/2023 Pasal 24 ayat (1) huruf d', href: '/hukum/uu-20-2023/#pasal-24-ayat-1-huruf-d' }],
		lessonHref: '/belajar/apa-itu-netralitas/',
	},
	{
		id: 'q-multiple',
		type: 'multiple',
		kind: 'ingatan',
		acts: [],
		prompt: 'Siapa saja Pegawai ASN?',
		options: [
			{ value: 'PNS', label: 'PNS' },
			{ value: 'PPPK', label: 'PPPK' },
			{ value: 'Anggota TNI', label: 'Anggota TNI' },
		],
		correct: ['PNS', 'PPPK'],
		feedback: { 'Anggota TNI': 'Anggota TNI diatur undang-undang TNI, bukan UU ASN.' },
		explanation: 'Pegawai ASN terdiri atas PNS dan PPPK.',
		legalBasis: [{ citation: 'UU 20/2023', href: '/hukum/uu-20-2023/' }],
		lessonHref: '/belajar/apa-itu-netralitas/',
	},
	{
		id: 'q-verdict',
		type: 'verdict',
		kind: 'situasi',
		acts: ['menjadi-anggota-partai-politik'],
		prompt: 'Seorang PNS menjadi pengurus partai politik.',
		options: [
			{ value: 'boleh', label: 'Boleh' },
			{ value: 'tidak-boleh', label: 'Tidak boleh' },
		],
		correct: ['tidak-boleh'],
		feedback: { boleh: 'Tidak ada pengecualian: keanggotaan partai berujung pemberhentian tidak dengan hormat.' },
		explanation: 'Anggota atau pengurus partai politik diberhentikan tidak dengan hormat.',
		legalBasis: [{ citation: 'UU 20/2023 Pasal 52 ayat (4)', href: '/hukum/uu-20-2023/#pasal-52-ayat-4' }],
		lessonHref: '/belajar/apa-itu-netralitas/',
	},
];

export const sampleQuiz: QuizView = {
	bankId: 'contoh',
	title: 'Kuis: contoh',
	lessonHref: '/belajar/apa-itu-netralitas/',
	passMark: 0.8,
	questions: sampleQuestions,
};

/** A saved attempt over two small questions ("a": single x/y, "b": verdict), one answered. */
export const sampleSavedAttempt: Attempt = {
	order: ['a', 'b'],
	optionOrder: { a: ['x', 'y'], b: ['boleh', 'tidak-boleh'] },
	position: 1,
	selections: { a: ['x'] },
	results: { a: true },
	phase: 'answering',
};
