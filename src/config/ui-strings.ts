/** Every Indonesian string the site's own components show, in one place. */

export const verdictLabels: Record<string, string> = {
	boleh: 'Boleh',
	'tidak-boleh': 'Tidak boleh',
};

export const quizLabels = {
	questionCounter: 'Soal {current} dari {total}',
	chooseOne: 'Pilih satu jawaban.',
	chooseMany: 'Pilih semua jawaban yang benar.',
	chooseVerdict: 'Boleh atau tidak?',
	check: 'Periksa jawaban',
	noSelection: 'Pilih jawaban dulu sebelum memeriksa.',
	correct: 'Benar.',
	incorrect: 'Belum tepat.',
	correctAnswer: 'Jawaban yang benar:',
	legalBasis: 'Dasar hukum:',
	next: 'Soal berikutnya',
	finish: 'Lihat hasil',
	resultsTitle: 'Hasil kuis',
	score: '{correct} dari {total} jawaban benar ({percent}%).',
	passed: 'Lulus. Batas lulus kuis ini {needed} dari {total} jawaban benar.',
	failed: 'Belum lulus. Batas lulus kuis ini {needed} dari {total} jawaban benar. Pelajari lagi lalu ulangi.',
	reviewTitle: 'Yang perlu dipelajari lagi',
	backToLesson: 'Baca lagi materinya',
	retry: 'Ulangi kuis',
	staticIntro: 'Jawaban dan penjelasan setiap soal ada di balik tombol "Lihat jawaban".',
	showAnswer: 'Lihat jawaban',
	notSaved: 'Kemajuan kuis tidak bisa disimpan di perangkat ini. Kuis tetap bisa dikerjakan sampai selesai.',
} as const;

export type QuizLabels = { [K in keyof typeof quizLabels]: string };


export const pageMetaLabels = {
	lastChecked: 'Isi diperiksa terakhir:',
	sources: 'Dasar hukum di halaman ini:',
} as const;

export const legalPageLabels = {
	inForce: 'Berlaku',
	revoked: 'Dicabut',
	date: 'Tanggal:',
	revokedTitle: 'Sudah tidak berlaku',
	revokedBy: 'Peraturan ini dicabut dan digantikan oleh',
	uncertain: 'Sumber berbeda pendapat',
	note: 'Catatan',
	sources: 'Sumber rujukan',
} as const;

export const quizListLabels = {
	count: '{count} soal, lulus bila minimal {percent}% benar',
} as const;

export const actContextLabels: Record<string, string> = {
	'media-sosial': 'Media sosial',
	'kampanye-dan-atribut': 'Kampanye dan atribut',
	'fasilitas-dan-keputusan': 'Fasilitas dan keputusan',
	pencalonan: 'Pencalonan',
	keluarga: 'Keluarga',
	'keanggotaan-partai': 'Keanggotaan partai',
};

export const actCategoryLabels: Record<string, string> = {
	etik: 'Kode etik',
	disiplin: 'Disiplin',
	pidana: 'Pidana',
};

export const sanctionLevelLabels: Record<string, string> = {
	'sanksi-moral': 'Sanksi moral',
	sedang: 'Hukuman disiplin sedang',
	berat: 'Hukuman disiplin berat',
	ptdh: 'Pemberhentian tidak dengan hormat',
	pidana: 'Pidana',
	'belum-pasti': 'Tingkat sanksi belum dapat dipastikan',
};

export const catalogueLabels = {
	filterTitle: 'Saring larangan',
	context: 'Situasi',
	category: 'Jenis pelanggaran',
	level: 'Sanksi',
	text: 'Cari kata',
	textPlaceholder: 'mis. foto, like, KTP, mobil dinas',
	any: 'Semua',
	reset: 'Hapus saringan',
	count: 'Menampilkan {shown} dari {total} larangan.',
	empty: 'Tidak ada larangan yang cocok. Coba kata lain atau hapus saringan.',
	verdict: 'Tidak boleh',
	categoryTerm: 'Jenis',
	sanctionTerm: 'Sanksi',
	legalBasisTerm: 'Dasar hukum',
	contextTerm: 'Situasi',
	examples: 'Contoh',
	uncertain: 'Sumber berbeda pendapat',
	note: 'Catatan',
	skbRow: 'SKB 2022, daftar {list} nomor {row}',
} as const;

export const skbListLabels: Record<string, string> = {
	'kode-etik': 'pelanggaran kode etik',
	disiplin: 'pelanggaran disiplin',
};

export type CatalogueLabels = { [K in keyof typeof catalogueLabels]: string };

export const glossaryLabels = {
	legalBasis: 'Dasar hukum:',
} as const;

export const sourceDirectoryLabels = {
	lastChecked: 'Diperiksa terakhir',
} as const;

export const speechThemeLabels: Record<string, string> = {
	'politik-praktis': 'Menjauhi politik praktis',
	'keanggotaan-partai': 'Larangan menjadi anggota partai',
	'media-sosial': 'Media sosial',
	kampanye: 'Kampanye',
	'fasilitas-negara': 'Fasilitas negara',
	sanksi: 'Sanksi',
	'pelayanan-publik': 'Pelayanan publik',
	profesionalisme: 'Profesionalisme',
	ikrar: 'Ikrar netralitas',
	pengawasan: 'Pengawasan',
	persatuan: 'Persatuan',
	'dasar-hukum': 'Dasar hukum',
};

export const speechNoteLabels: Record<string, string> = {
	'hukum-berganti': 'Aturannya sudah berganti',
	'belum-terkonfirmasi': 'Belum dapat kami pastikan',
	'berbeda-dengan-basis-fakta': 'Berbeda dengan catatan kami',
	sumber: 'Tentang sumber',
};

export const speechLabels = {
	speaker: 'Pembicara',
	date: 'Tanggal',
	event: 'Acara',
	venue: 'Tempat',
	region: 'Daerah',
	themes: 'Tema',
	summary: 'Isi pidato',
	keyMessages: 'Pesan utama',
	quotes: 'Kutipan',
	legalCited: 'Aturan yang disebut',
	revokedNow: '{law} sudah dicabut; yang berlaku sekarang {replacement}.',
	actsMentioned: 'Larangan yang disinggung',
	notes: 'Catatan pemeriksaan',
	source: 'Sumber',
	sourceNoUrl: 'alamat tautan artikel asli tidak tercatat',
	byline: 'Penulis: {author}',
	editor: 'Editor: {editor}',
	alsoReported: 'Diberitakan juga oleh:',
	summaryDisclaimer: 'Ringkasan ini kami tulis sendiri dari artikel sumber; kalimat dalam tanda kutip adalah ucapan pembicara menurut artikel itu.',
	filterTitle: 'Saring pidato',
	province: 'Provinsi',
	theme: 'Tema',
	text: 'Cari nama atau daerah',
	any: 'Semua',
	count: 'Menampilkan {shown} dari {total} pidato.',
	empty: 'Tidak ada pidato yang cocok dengan saringan ini.',
	themeCount: '{count} pidato',
} as const;

export const quizProgressLabels = {
	notStarted: 'Belum dikerjakan di perangkat ini.',
	inProgress: 'Sedang dikerjakan: {answered} dari {total} soal terjawab',
	last: 'Terakhir: {correct} dari {total} benar ({verdict})',
	best: 'Terbaik: {correct} dari {total}',
	passed: 'lulus',
	notPassed: 'belum lulus',
} as const;

export const presenterLabels = {
	openPresentation: 'Presentasi',
	openPresentationHint: 'Tayangkan halaman ini sebagai salindia',
	documentTitle: 'Presentasi: {title}',
	deckLabel: 'Salindia: {title}',
	kicker: 'Netralitas ASN',
	introHeading: 'Pengantar',
	continued: '{heading} (lanjutan)',
	qrLabel: 'Kode QR menuju halaman {title}',
	qrCaption: 'Pindai untuk membaca materinya:',
	controls: 'Kendali presentasi',
	backToReading: 'Halaman baca',
	previous: 'Salindia sebelumnya',
	next: 'Salindia berikutnya',
	fullscreen: 'Layar penuh',
	speakerView: 'Jendela pembicara',
	counter: 'Salindia {current} dari {total}',
	announce: 'Salindia {current} dari {total}: {heading}',
	blackScreen: 'Layar hitam. Tekan B untuk menampilkan salindia lagi.',
	speakerTitle: 'Jendela pembicara',
	speakerNext: 'Berikutnya',
	speakerNotes: 'Catatan pembicara',
	speakerNoNotes: 'Tidak ada catatan untuk salindia ini.',
	speakerEnd: 'Ini salindia terakhir.',
	speakerElapsed: 'Waktu berjalan',
	speakerResetTimer: 'Mulai ulang waktu',
	hallQuizLink: 'Mulai Kuis Kelas: {count} soal dijawab bersama dengan angkat tangan',
} as const;

export type PresenterLabels = { [K in keyof typeof presenterLabels]: string };

export const hallQuizLabels = {
	kicker: 'Kuis Kelas',
	documentTitle: 'Kuis Kelas: {title}',
	howTo: 'Dengarkan soalnya, lalu angkat tangan untuk pilihan Anda. Tidak perlu ponsel.',
	questionHeading: 'Soal {number} dari {total}',
	answerHeading: 'Jawaban soal {number}',
	correctAnswer: 'Jawaban yang benar:',
	correctMark: '(jawaban benar)',
	legalBasis: 'Dasar hukum:',
	handsLegend: 'Jumlah tangan per pilihan (boleh dikosongkan)',
	handsFor: 'Jumlah tangan untuk pilihan',
	handsTitle: 'Pilihan peserta (persen dan jumlah tangan)',
	handsPercent: '{percent}%',
	handsCount: '{count} tangan',
	handsTotal: 'Jumlah tangan terhitung: {total}.',
	notesQuestion: 'Jawaban: {answers}. Minta peserta mengangkat tangan untuk setiap pilihan; bila sempat, ketik jumlahnya, lalu tekan panah kanan untuk membuka jawaban.',
	notesAnswer: 'Bacakan penjelasannya dan sebut pasalnya. Bila banyak peserta memilih jawaban lain, tanyakan alasan mereka sebelum pindah soal.',
	endHeading: 'Kuis selesai',
	endText: 'Materi lengkap dan kuis latihan pribadi ada di halaman baca:',
} as const;

export type HallQuizLabels = { [K in keyof typeof hallQuizLabels]: string };
