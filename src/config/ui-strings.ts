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
	whyChosenWrong: 'Mengapa pilihan Anda keliru:',
	whyOthersWrong: 'Mengapa pilihan lain keliru:',
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
	alsoCalled: 'disebut juga',
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
	actColumn: 'Perbuatan yang dilarang',
	sharedBasesTitle: 'Catatan dasar hukum yang berlaku untuk banyak baris:',
	sharedBasisMark: 'catatan {numbers}',
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
	theme: 'Tema',
	themeCount: '{count} pidato',
	provinceCount: '{count} pidato',
	seeAllProvince: 'Semua {count} pidato dari {province}',
	provinceTitle: 'Pidato dari {province}',
	provinceDescription: 'Pesan netralitas ASN dari pejabat di {province}, terbaru lebih dulu.',
	themeTitle: 'Pidato bertema {theme}',
	themeDescription: 'Pidato pejabat daerah yang menekankan {theme}, terbaru lebih dulu.',
	listRange: 'Pidato {first} sampai {last} dari {total}, terbaru lebih dulu.',
	pageOf: 'Halaman {page} dari {pages}',
	pagerLabel: 'Halaman daftar pidato',
	previousPage: 'Halaman sebelumnya',
	nextPage: 'Halaman berikutnya',
	backToIndex: 'Kembali ke semua provinsi dan tema',
} as const;

export const quizProgressLabels = {
	notStarted: 'Belum dikerjakan di perangkat ini.',
	inProgress: 'Sedang dikerjakan: {answered} dari {total} soal terjawab',
	last: 'Terakhir: {correct} dari {total} benar ({verdict})',
	best: 'Terbaik: {correct} dari {total}',
	passed: 'lulus',
	notPassed: 'belum lulus',
} as const;

export const pledgeLabels = {
	settingsTitle: 'Pengaturan kuis',
	eventCode: 'Kode acara',
	noEvent: 'tanpa kode acara (latihan)',
	questionCount: 'Jumlah soal',
	passMark: 'Batas lulus',
	start: 'Mulai kuis',
	badLinkTitle: 'Tautan kuis tidak valid',
	badLinkAdvice: 'Minta tautan yang benar kepada penyelenggara acara.',
	retryNewDraw: 'Coba lagi dengan soal baru',
	toReceipt: 'Anda lulus. Isi data berikut untuk membuat Tanda Selesai Kuis.',
	formTitle: 'Data untuk tanda selesai',
	name: 'Nama lengkap',
	nip: 'NIP (18 angka)',
	unit: 'Instansi / unit kerja',
	issue: 'Buat tanda selesai',
	fixFields: 'Periksa kembali isian berikut:',
	receiptTitle: 'Tanda Selesai Kuis',
	score: 'Nilai',
	scoreValue: '{correct} dari {total} benar (batas lulus {pass}%)',
	issuedAt: 'Waktu dibuat',
	quizVersion: 'Versi kuis',
	code: 'Kode verifikasi',
	qrAlt: 'Kode QR berisi data tanda selesai ini, untuk diperiksa penyelenggara',
	print: 'Cetak',
	share: 'Bagikan',
	copy: 'Salin teks',
	copied: 'Teks tanda selesai sudah disalin.',
	copyFailed: 'Tidak bisa menyalin otomatis. Pilih teks di bawah lalu salin secara manual.',
	textTitle: 'Teks tanda selesai',
	honesty:
		'Tanda selesai ini dibuat sendiri oleh peserta dan dihitung di peramban. Kode verifikasinya hanya menunjukkan bahwa isinya cocok dengan kode itu, sehingga salah ketik atau perubahan yang tidak disertai penghitungan ulang kode akan ketahuan. Kode itu bukan tanda tangan dan tidak membuktikan siapa yang mengerjakan kuis, atau bahwa kuis benar-benar dikerjakan.',
	needsScript: 'Kuis kesiapan ikrar memerlukan JavaScript. Soal dan pembahasannya tetap bisa dibaca di akhir setiap materi.',
} as const;

export type PledgeLabels = { [K in keyof typeof pledgeLabels]: string };

export const checkerLabels = {
	needsScript:
		'Pemeriksaan tanda selesai berjalan di perangkat ini dan memerlukan JavaScript; nama dan NIP tidak dikirim ke mana pun. Aktifkan JavaScript di peramban, lalu muat ulang halaman ini.',
	pasteTitle: 'Tempel teks atau tautan tanda selesai',
	pasteLabel: 'Teks tanda selesai, atau tautan dari kode QR-nya',
	check: 'Periksa',
	scan: 'Pindai kode QR dengan kamera',
	scanStop: 'Hentikan kamera',
	scanUnsupported: 'Peramban ini tidak bisa memindai kode QR. Pindai dengan aplikasi kamera ponsel (tautannya membuka halaman ini), atau tempel teksnya.',
	scanFailed: 'Kamera tidak bisa dibuka. Izinkan akses kamera, atau tempel teks tanda selesai.',
	scanning: 'Arahkan kamera ke kode QR pada tanda selesai.',
	manualTitle: 'Atau ketik kolomnya dari tanda selesai cetak',
	manualHint: 'Isi persis seperti tercetak. Nilai ditulis sebagai angka benar dan jumlah soal.',
	name: 'Nama',
	nip: 'NIP',
	unit: 'Instansi/unit',
	eventCode: 'Kode acara (kosongkan bila tertulis -)',
	correct: 'Jumlah benar',
	total: 'Jumlah soal',
	passPercent: 'Batas lulus (%)',
	issuedAt: 'Waktu (UTC), mis. 2026-11-22T09:30Z',
	quizVersion: 'Versi kuis',
	code: 'Kode verifikasi',
	valid: 'SAH: isi tanda selesai cocok dengan kode verifikasinya.',
	invalid: 'TIDAK SAH.',
	reasons: 'Alasannya:',
	warnings: 'Perlu diperhatikan:',
	whatItMeans:
		'Tanda selesai yang sah berarti isinya cocok dengan kode verifikasinya: tidak ada salah ketik atau perubahan, kecuali kodenya ikut dihitung ulang. Tanda selesai tidak membuktikan siapa yang mengerjakan kuis, atau bahwa kuis benar-benar dikerjakan; cocokkan nama dan NIP dengan peserta bila perlu.',
	rosterTitle: 'Daftar tanda selesai yang sudah diperiksa',
	rosterHint: 'Daftar ini hanya tersimpan di perangkat ini.',
	rosterEvent: 'Tampilkan acara',
	rosterAll: 'Semua acara',
	rosterEmpty: 'Belum ada tanda selesai yang diperiksa.',
	rosterNotSaved: 'Daftar tidak bisa disimpan di perangkat ini; ekspor sebelum menutup halaman.',
	exportCsv: 'Ekspor CSV',
	clear: 'Kosongkan daftar',
	clearConfirm: 'Hapus seluruh daftar dari perangkat ini?',
	columnStatus: 'Status',
	columnChecked: 'Diperiksa',
	statusValid: 'sah',
	statusInvalid: 'tidak sah',
	csvHeader: 'Nama|NIP|Instansi/unit|Kode acara|Benar|Jumlah soal|Batas lulus (%)|Waktu dibuat (UTC)|Versi kuis|Kode verifikasi|Status|Diperiksa',
} as const;

export type CheckerLabels = { [K in keyof typeof checkerLabels]: string };

export const linkBuilderLabels = {
	eventCode: 'Kode acara',
	questionCount: 'Jumlah soal',
	passMark: 'Batas lulus (%)',
	link: 'Tautan kuis untuk dibagikan',
	copy: 'Salin tautan',
	copied: 'Tautan disalin.',
	qr: 'Kode QR tautan kuis',
	withoutScript: 'Tanpa JavaScript, susun tautannya sendiri: alamat Kuis Kesiapan Ikrar ditambah ?acara=KODE-ACARA, misalnya /ikrar/kuis/?acara=IKRAR-GUMAS-2024.',
} as const;

/** Messages of the offline indicator, keyed by src/lib/offline/offline-status.ts. */
export const offlineLabels = {
	unsupported: '',
	preparing: 'Menyiapkan mode tanpa internet...',
	ready: 'Halaman yang Anda buka tersimpan di perangkat ini dan bisa dibaca lagi tanpa internet.',
	'offline-ready': 'Anda sedang offline. Halaman yang sudah tersimpan tetap bisa dibuka.',
	'offline-not-ready': 'Anda sedang offline, dan situs belum tersimpan di perangkat ini.',
	update: 'Versi baru situs ini sudah diunduh.',
	reload: 'Muat versi baru',
} as const;

/** The reader's offline copy in the footer, keyed by the states of src/lib/offline/offline-copy.ts. */
export const offlineCopyLabels = {
	contents: 'materi, kuis, pencarian, pemeriksa tanda terima, dan salindia',
	none: 'Ingin membaca seluruh situs tanpa internet, misalnya di aula tanpa Wi-Fi? Simpan salinannya sekarang: {contents}.',
	save: 'Simpan untuk dibaca offline',
	saveWithSize: 'Simpan untuk dibaca offline ({size})',
	saving: 'Menyimpan untuk dibaca offline: {percent}% ({done} dari {total}).',
	progressLabel: 'Kemajuan penyimpanan',
	cancel: 'Batalkan',
	partial: 'Sebagian situs tersimpan untuk dibaca offline: {done} dari {total}.',
	resume: 'Lanjutkan menyimpan',
	complete: 'Seluruh situs tersimpan di perangkat ini dan bisa dibaca tanpa internet: {pages} halaman, {contents} ({size}, disimpan {date}).',
	outdated: 'Salinan offline di perangkat ini berasal dari versi situs yang lebih lama.',
	update: 'Perbarui salinan offline',
	networkError: 'Penyimpanan terhenti karena koneksi terputus. Lanjutkan saat tersambung lagi.',
	quotaError: 'Ruang penyimpanan di perangkat ini tidak cukup untuk salinan offline ({size}). Kosongkan sebagian ruang, lalu coba lagi.',
	offlineUnavailable: 'Salinan lengkap hanya bisa disimpan saat tersambung ke internet.',
} as const;

/** The fallback page (/404.html): a URL that does not exist, or is not saved while offline. */
export const fallbackPageLabels = {
	notFound: 'Halaman dengan alamat ini tidak ada. Mungkin alamatnya salah ketik, atau halamannya sudah dipindah.',
	offline: 'Anda sedang offline, dan halaman ini belum tersimpan di perangkat ini.',
	savedHeading: 'Halaman utama situs',
	saved: 'tersimpan',
	notSaved: 'belum tersimpan',
	/** A fixed set, never the content, so the fallback page keeps one size as the site grows. */
	links: [
		{ href: '/', label: 'Beranda' },
		{ href: '/belajar/apa-itu-netralitas/', label: 'Materi: Apa itu netralitas ASN' },
		{ href: '/larangan/', label: 'Boleh atau tidak?' },
		{ href: '/kuis/', label: 'Kuis' },
		{ href: '/ikrar/kuis/', label: 'Kuis Kesiapan Ikrar' },
		{ href: '/ikrar/periksa/', label: 'Periksa Tanda Selesai' },
		{ href: '/presentasi/', label: 'Panduan pemateri' },
	],
} as const;

/** Section names as Pagefind shows them in its filter (src/lib/search/page-section.ts). */
export const searchSectionLabels: Record<string, string> = {
	materi: 'Materi',
	hukum: 'Hukum',
	skb: 'SKB',
	larangan: 'Larangan',
	pidato: 'Pidato',
	kuis: 'Kuis',
	ikrar: 'Ikrar',
	lainnya: 'Lainnya',
};

export const presenterLabels = {
	metaDescription: 'Salindia "{title}" dari situs Netralitas ASN, untuk ditayangkan dalam sosialisasi netralitas ASN.',
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
	speakerCurrent: 'Sekarang di layar',
	speakerClocks: 'Waktu',
	speakerClock: 'Jam',
	speakerCountdown: 'Sisa waktu',
	speakerCountdownUnset: 'belum diatur',
	speakerCountdownMinutes: 'Lama sesi (menit)',
	speakerCountdownStart: 'Mulai dari nol',
	speakerCountdownInvalid: 'Isi lama sesi dengan angka 1 sampai 480 menit.',
	speakerPace: 'Tempo',
	paceUnset: 'atur lama sesi untuk melihat tempo',
	paceOnTrack: 'sesuai jadwal',
	paceAhead: 'lebih cepat {slides} salindia',
	paceBehind: 'tertinggal {slides} salindia',
	paceOver: 'waktu habis',
	overview: 'Semua salindia',
	overviewTitle: 'Semua salindia',
	overviewHint: 'Pilih dengan tombol panah lalu Enter, atau klik salindianya. Esc menutup.',
	overviewCurrent: '(sedang tampil)',
	goToTitle: 'Pergi ke salindia',
	goToLabel: 'Nomor salindia (1 sampai {total})',
	goToSubmit: 'Buka salindia',
	goToInvalid: 'Tidak ada salindia nomor itu. Isi angka 1 sampai {total}.',
	cancel: 'Batal',
	typedNumber: 'Ke salindia {number}: tekan Enter',
	noSuchSlide: 'Tidak ada salindia {number}. Nomornya 1 sampai {total}.',
	help: 'Daftar tombol',
	helpTitle: 'Tombol keyboard presentasi',
	helpKey: 'Tombol',
	helpAction: 'Fungsi',
	helpOverlayNote: 'Di jendela ikhtisar, tombol panah memilih salindia dan Enter membukanya.',
	close: 'Tutup',
	hallQuizLink: 'Mulai Kuis Kelas: {count} soal dijawab bersama dengan angkat tangan',
} as const;

export type PresenterLabels = { [K in keyof typeof presenterLabels]: string };

/** What each deck key does, for the key help (?); keyed by the action in src/lib/presenter/deck-control.ts. */
export const deckKeyLabels = {
	next: 'Salindia berikutnya',
	previous: 'Salindia sebelumnya',
	first: 'Salindia pertama',
	last: 'Salindia terakhir',
	'open-go-to': 'Pergi ke salindia bernomor',
	confirm: 'Ketik nomornya lalu Enter: langsung ke salindia itu',
	'toggle-overview': 'Tampilkan semua salindia untuk dipilih (ikhtisar)',
	'toggle-black': 'Layar hitam; tekan lagi untuk kembali',
	'toggle-fullscreen': 'Layar penuh',
	'open-speaker-view': 'Buka jendela pembicara',
	'toggle-help': 'Tampilkan daftar tombol ini',
	exit: 'Tutup jendela yang terbuka; bila tidak ada, kembali ke halaman baca',
} as const;

/** How the key help names each key. */
export const deckKeyNames: Readonly<Record<string, string>> = {
	ArrowRight: 'Panah kanan',
	ArrowDown: 'Panah bawah',
	ArrowLeft: 'Panah kiri',
	ArrowUp: 'Panah atas',
	PageDown: 'Page Down',
	PageUp: 'Page Up',
	' ': 'Spasi',
	'Shift+ ': 'Shift + Spasi',
	Home: 'Home',
	End: 'End',
	Enter: 'Enter',
	Escape: 'Esc',
	'0-9': '0 sampai 9',
};

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
	summaryHeading: 'Ringkasan Kuis Kelas',
	summaryNone: 'Belum ada hitungan tangan. Ketik jumlah tangan di salindia soal; ringkasannya muncul di sini.',
	summaryOverall: 'Rata-rata {percent}% peserta menjawab benar, dari {counted} soal yang dihitung (semuanya {total} soal).',
	summaryRevisitCount: '{count} soal di bawah {passPercent}% benar: ulas lagi.',
	summaryAllUnderstood: 'Setiap soal yang dihitung dijawab benar oleh sedikitnya {passPercent}% peserta.',
	summaryQuestion: 'Soal {number}',
	summaryPercent: '{percent}%',
	summaryNotCounted: 'belum dihitung',
	summaryUnderstood: 'paham',
	summaryRevisit: 'ulas lagi',
	summaryRevisitHeading: 'Ulas lagi bersama peserta',
	summaryRevisitItem: 'Soal {number}, {percent}% benar:',
	summaryWholeLesson: 'materi {title}',
	summaryPrint: 'Cetak ringkasan',
	summaryClear: 'Hapus semua hitungan',
	summaryClearConfirm: 'Hapus semua hitungan tangan kuis ini dari perangkat ini? Tindakan ini tidak bisa dibatalkan.',
	summaryCleared: 'Semua hitungan kuis ini sudah dihapus.',
	summaryKept: 'Hitungan disimpan di perangkat ini saja, jadi tetap ada bila halaman dimuat ulang.',
	summaryNotKept: 'Perangkat ini menolak menyimpan hitungan: jangan muat ulang halaman sebelum ringkasan dicatat.',
	reportTitle: 'Ringkasan Kuis Kelas: {title}',
	reportPrinted: 'Dicetak {date}.',
	reportNumber: 'No.',
	reportQuestion: 'Soal',
	reportAnswer: 'Jawaban benar',
	reportHands: 'Tangan per pilihan',
	reportRight: 'Benar',
	reportFollowUp: 'Tindak lanjut',
	reportHandsItem: '{letter}: {count}',
	notesSummary: 'Sebutkan soal yang perlu diulas, lalu buka bagian materinya. Bila panitia butuh catatan, tekan Cetak ringkasan.',
} as const;

export type HallQuizLabels = { [K in keyof typeof hallQuizLabels]: string };

/** "Ke mana melapor?": the questions, the channels' one-line summaries, notes and checklist. */
export const reportFinderLabels = {
	heading: 'Jawab empat pertanyaan',
	intro: 'Pilih jawaban yang paling sesuai. Saluran yang cocok muncul di bawah pertanyaan, dan daftar "Semua saluran" hanya menampilkan yang cocok sampai Anda menekan "Tampilkan semua saluran".',
	formLabel: 'Pertanyaan untuk memilih saluran laporan',
	questions: {
		involved: 'Siapa yang terlibat?',
		stage: 'Kapan kejadiannya?',
		knowsId: 'Apakah Anda tahu NIP atau NIK orang itu?',
		anonymous: 'Apakah Anda ingin identitas Anda tidak diketahui?',
	},
	involved: {
		asn: 'Seorang pegawai ASN (PNS atau PPPK), misalnya rekan kerja',
		atasan: 'Atasan saya sendiri',
		'kepala-daerah': 'Kepala daerah, wakilnya, atau Pj kepala daerah',
		'tim-kampanye': 'Calon atau tim kampanye yang melibatkan ASN',
		'non-asn': 'Pegawai non-ASN di kantor pemerintah',
	},
	stage: {
		sebelum: 'Sebelum calon ditetapkan KPU (masih bakal calon)',
		sesudah: 'Sesudah calon ditetapkan: masa kampanye, masa tenang, atau sesudah pemungutan suara',
		'tidak-tahu': 'Saya tidak tahu',
	},
	knowsId: { ya: 'Ya, saya tahu', tidak: 'Tidak' },
	anonymous: { ya: 'Ya, saya ingin tetap anonim', tidak: 'Tidak masalah bila diketahui' },
	incomplete: 'Jawab keempat pertanyaan untuk melihat saluran yang cocok.',
	ready: 'Saluran yang cocok untuk jawaban Anda ada di bawah.',
	resultHeading: 'Saluran untuk jawaban Anda',
	primary: 'Laporkan ke',
	also: 'Bisa juga ke',
	prepare: 'Siapkan',
	notes: 'Perlu Anda ketahui',
	showAll: 'Tampilkan semua saluran',
	showMatching: 'Tampilkan saluran yang cocok saja',
	channels: {
		sbt: { name: 'SBT BKN', summary: 'sbt.bkn.go.id, menu Pelaporan Publik lalu Netralitas; isi NIK atau NIP orang yang dilaporkan.' },
		'sp4n-lapor': { name: 'SP4N-LAPOR!', summary: 'Untuk laporan tanpa NIK atau NIP orang yang dilaporkan.' },
		bawaslu: { name: 'Bawaslu di daerah Anda', summary: 'Mengawasi tahapan Pemilu dan Pilkada, termasuk calon, tim kampanye, dan kepala daerah.' },
		'atasan-terlapor': { name: 'Atasan langsung orang itu', summary: 'Wajib memanggil dan memeriksa begitu mengetahui dugaan pelanggaran.' },
		instansi: { name: 'Pimpinan instansi tempat ia bekerja', summary: 'Saluran nasional khusus untuk pegawai non-ASN belum kami temukan.' },
	},
	noteTexts: {
		'saluran-bisa-berubah':
			'Per 1 Desember 2026, laporan netralitas ASN ditangani BKN. Mahkamah Konstitusi memerintahkan pembentukan lembaga pengawas independen paling lambat Oktober 2027, jadi saluran ini bisa berubah.',
		anonim:
			'Kami belum menemukan keterangan resmi apakah SBT, SP4N-LAPOR!, atau Bawaslu menerima laporan tanpa identitas pelapor. Periksa pilihan itu di salurannya sebelum mengirim.',
		'bakal-calon': 'Dukungan kepada bakal calon juga dilarang: daftar kode etik SKB Netralitas 2022 memakai istilah bakal calon.',
		'tahap-tidak-tahu': 'Seseorang menjadi calon saat KPU atau KPU daerah menetapkannya. Dalam Pilkada 2024, penetapan pasangan calon jatuh pada 22 September 2024.',
		'pasal-71':
			'Sejak 6 bulan sebelum penetapan pasangan calon, kepala daerah dan Pj dilarang mengganti pejabat tanpa persetujuan tertulis Mendagri dan dilarang memakai program untuk calon (UU Pilkada Pasal 71 ayat (2) dan (3)).',
		'non-asn':
			'Pegawai non-ASN bukan Pegawai ASN, dan sanksi bagi mereka belum kami temukan. Bila yang menyuruhnya seorang ASN, laporkan ASN itu lewat SBT atau SP4N-LAPOR!.',
		'atasan-sendiri': 'Bila yang terlibat atasan Anda sendiri, yang wajib bertindak adalah atasannya, bukan dia sendiri.',
	},
	prepareTexts: {
		'waktu-tempat': 'Tanggal, jam, dan tempat kejadian.',
		siapa: 'Siapa yang terlibat: nama, jabatan, dan instansi.',
		bukti: 'Bukti: tangkapan layar yang memperlihatkan nama akun, isi, dan tanggal; foto atau video.',
		tautan: 'Tautan ke unggahan, bila masih ada.',
		nip: 'NIP atau NIK orang itu.',
		tahapan: 'Pemilu atau Pilkada yang mana, dan calon yang diuntungkan.',
		'nomor-pengaduan': 'Simpan nomor pengaduan yang Anda terima; nomor itu dipakai untuk mengecek status laporan.',
		'jaga-identitas': 'Periksa bukti Anda: tutupi nama dan nomor Anda sendiri pada tangkapan layar bila tidak ingin dikenali.',
	},
} as const;

/** The reader's note on "Ke mana melapor?". */
export const reportNoteLabels = {
	heading: 'Catatan Anda',
	intro: 'Tulis apa yang Anda lihat selagi masih ingat. Catatan ini hanya tersimpan di perangkat ini dan tidak dikirim ke mana pun.',
	noScript: 'Catatan memerlukan JavaScript. Tanpa JavaScript, tulis di kertas: kapan, di mana, tautan, siapa yang terlibat, dan apa yang terjadi.',
	fields: { waktu: 'Kapan', tempat: 'Di mana', tautan: 'Tautan', siapa: 'Siapa yang terlibat', kejadian: 'Apa yang terjadi' },
	hints: {
		waktu: 'Misalnya: Selasa, 1 Desember 2026, pukul 21.00',
		tempat: 'Misalnya: grup WhatsApp dinas, aula kantor kecamatan',
		tautan: 'Alamat unggahan atau video, bila ada',
		siapa: 'Nama, jabatan, dan instansi',
		kejadian: 'Apa yang dilakukan, dikatakan, atau diunggah',
	},
	previewHeading: 'Pratinjau catatan',
	previewEmpty: 'Catatan masih kosong.',
	copy: 'Salin catatan',
	print: 'Cetak',
	clear: 'Hapus catatan',
	confirmClear: 'Hapus catatan ini dari perangkat?',
	saved: 'Tersimpan di perangkat ini.',
	notSaved: 'Catatan tidak bisa disimpan di perangkat ini. Salin atau cetak sebelum menutup halaman.',
	copied: 'Catatan disalin.',
	copyFailed: 'Tidak bisa menyalin otomatis. Pilih teks pratinjau lalu salin.',
	cleared: 'Catatan dihapus dari perangkat ini.',
	noteTitle: 'Catatan kejadian: dugaan pelanggaran netralitas ASN',
	empty: '-',
	updatedAt: 'Dicatat:',
} as const;

/** The text-size setting beside the theme picker: visible letters, spoken names. */
export const textSizeLabels = {
	legend: 'Ukuran teks',
	options: {
		normal: { short: 'A', name: 'Ukuran teks biasa' },
		besar: { short: 'A+', name: 'Ukuran teks besar' },
		'lebih-besar': { short: 'A++', name: 'Ukuran teks lebih besar' },
	},
} as const;
