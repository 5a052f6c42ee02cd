import type { QuizQuestionView, QuizView } from '~/lib/quiz/quiz-view';

/** A small quiz covering every question type, for state and component tests. */
export const sampleQuestions: QuizQuestionView[] = [
	{
		id: 'q-single',
		type: 'single',
		prompt: 'Pasal mana yang mewajibkan ASN menjaga netralitas?',
		options: [
			{ value: 'Pasal 24 ayat (1) huruf d', label: 'Pasal 24 ayat (1) huruf d' },
			{ value: 'Pasal 52 ayat (4)', label: 'Pasal 52 ayat (4)' },
		],
		correct: ['Pasal 24 ayat (1) huruf d'],
		explanation: 'Kewajiban menjaga netralitas ada di Pasal 24 ayat (1) huruf d.',
		legalBasis: [{ citation: 'UU 20/2023 Pasal 24 ayat (1) huruf d', href: '/hukum/uu-20-2023/#pasal-24-ayat-1-huruf-d' }],
		lessonHref: '/belajar/apa-itu-netralitas/',
	},
	{
		id: 'q-multiple',
		type: 'multiple',
		prompt: 'Siapa saja Pegawai ASN?',
		options: [
			{ value: 'PNS', label: 'PNS' },
			{ value: 'PPPK', label: 'PPPK' },
			{ value: 'Anggota TNI', label: 'Anggota TNI' },
		],
		correct: ['PNS', 'PPPK'],
		explanation: 'Pegawai ASN terdiri atas PNS dan PPPK.',
		legalBasis: [{ citation: 'UU 20/2023', href: '/hukum/uu-20-2023/' }],
		lessonHref: '/belajar/apa-itu-netralitas/',
	},
	{
		id: 'q-verdict',
		type: 'verdict',
		prompt: 'Seorang PNS menjadi pengurus partai politik.',
		options: [
			{ value: 'boleh', label: 'Boleh' },
			{ value: 'tidak-boleh', label: 'Tidak boleh' },
		],
		correct: ['tidak-boleh'],
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
