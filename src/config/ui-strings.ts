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

/** What a receipt proves and what not: one text, shown on every receipt and in the organiser's guide. */
const RECEIPT_PROOF =
	'Tanda selesai ini dibuat di perangkat peserta. Kode verifikasinya dihitung dengan kunci rahasia yang hanya ada di tautan acara dan di perangkat penyelenggara, sehingga kode yang cocok menunjukkan dua hal: tanda selesai dibuat oleh orang yang memegang tautan acara ini, dan isinya tidak diubah sesudahnya. Kode itu tidak membuktikan siapa yang mengerjakan kuis: orang yang memegang tautan dan memahami alat pengembang peramban tetap bisa membuat tanda selesai tanpa mengerjakan kuis dengan jujur. Tidak ada hitungan di peramban yang bisa membuktikan siapa yang mengerjakannya.';

export const pledgeLabels = {
	settingsTitle: 'Pengaturan kuis',
	eventCode: 'Kode acara',
	noEvent: 'tanpa kode acara (latihan)',
	questionCount: 'Jumlah soal',
	passMark: 'Batas lulus',
	window: 'Waktu acara',
	windowValue: '{start} sampai {end}',
	notYetOpen: 'Acara ini belum dimulai. Anda boleh berlatih sekarang, tetapi tanda selesai yang dibuat sebelum waktu acara akan ditolak penyelenggara.',
	closed: 'Waktu acara ini sudah berakhir. Tanda selesai yang dibuat sekarang akan ditolak penyelenggara; hubungi panitia.',
	practiceNote: 'Ini latihan tanpa acara: tanda selesainya tidak berlaku untuk acara mana pun. Untuk ikrar, buka tautan dari penyelenggara.',
	oldLinkNote: 'Tautan ini model lama tanpa kunci acara, sehingga tanda selesainya akan ditolak pemeriksa acara. Minta tautan acara yang baru kepada penyelenggara.',
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
	notSaved: 'Jawaban tidak bisa disimpan di perangkat ini (penyimpanan penuh atau mode privat). Jangan muat ulang halaman sampai selesai.',
	receiptTitle: 'Tanda Selesai Kuis',
	receiptKept: 'Tanda selesai Anda untuk acara ini tersimpan di perangkat ini.',
	myReceiptsTitle: 'Tanda selesai saya',
	myReceiptsLink: 'Lihat semua tanda selesai di perangkat ini',
	myReceiptsEmpty: 'Perangkat ini belum menyimpan tanda selesai. Tanda selesai tersimpan otomatis setelah Anda lulus kuis kesiapan ikrar.',
	showReceipt: 'Tampilkan',
	hideReceipt: 'Sembunyikan',
	removeReceipt: 'Hapus dari perangkat ini',
	removeConfirm: 'Hapus tanda selesai ini dari perangkat ini? Salinan yang sudah dibagikan tidak ikut terhapus.',
	qrAlt: 'Kode QR berisi data tanda selesai ini, untuk diperiksa penyelenggara',
	print: 'Cetak',
	share: 'Bagikan',
	copy: 'Salin teks',
	copied: 'Teks tanda selesai sudah disalin.',
	copyFailed: 'Tidak bisa menyalin otomatis. Pilih teks di bawah lalu salin secara manual.',
	textTitle: 'Teks tanda selesai',
	honesty: RECEIPT_PROOF,
	needsScript: 'Kuis kesiapan ikrar memerlukan JavaScript. Soal dan pembahasannya tetap bisa dibaca di akhir setiap materi.',
} as const;

export type PledgeLabels = { [K in keyof typeof pledgeLabels]: string };

export const checkerLabels = {
	noEvent: 'Perangkat ini belum menyimpan acara. Tanda selesai dinilai menurut aturan acara yang Anda buat, bukan menurut isi tanda selesai itu sendiri.',
	makeEvent: 'Buat acara, atau impor berkas acara dari panitia lain',
	event: 'Periksa untuk acara',
	questions: 'soal',
	passMark: 'batas lulus',
	pasteTitle: 'Tempel tanda selesai',
	pasteLabel: 'Teks tanda selesai, tautan dari kode QR-nya, atau ekspor obrolan WhatsApp',
	pasteHint: 'Boleh banyak sekaligus: setiap tanda selesai di dalam teks ditemukan dan diperiksa, pesan lain diabaikan.',
	check: 'Periksa',
	scan: 'Pindai kode QR dengan kamera',
	scanStop: 'Hentikan kamera',
	scanLoading: 'Menyiapkan kamera dan pembaca kode QR…',
	scanUnsupported: 'Peramban ini tidak bisa membuka kamera. Pindai dengan aplikasi kamera ponsel (tautannya membuka halaman ini), atau tempel teksnya.',
	scanFailed: 'Kamera tidak bisa dibuka. Izinkan akses kamera, atau tempel teks tanda selesai.',
	scanning: 'Arahkan kamera ke kode QR tanda selesai, satu per satu. Gambar kamera tidak dikirim ke mana pun.',
	scanned: 'Terpindai:',
	scanVideo: 'Gambar kamera untuk memindai kode QR',
	manualTitle: 'Atau ketik dari tanda selesai cetak',
	manualHint: 'Ketik setiap kolom persis seperti tercetak, misalnya Nilai "9 dari 10 benar (batas lulus 80%)" dan Waktu "2026-12-01 15:06 WIB". Huruf besar-kecil, spasi, dan tanda hubung pada kode tidak berpengaruh.',
	name: 'Nama',
	nip: 'NIP',
	unit: 'Instansi/unit',
	valid: 'SAH:',
	invalid: 'DITOLAK:',
	summary: '{found} tanda selesai ditemukan: {valid} sah, {refused} ditolak, {duplicate} duplikat, {unreadable} tidak terbaca.',
	nothingFound: 'Tidak ada tanda selesai di teks ini. Tempel seluruh teks tanda selesai atau tautan dari kode QR-nya.',
	unreadableAt: 'Baris {line}: {error}',
	reasons: 'Yang ditolak dan alasannya:',
	whatItMeans: RECEIPT_PROOF,
	rosterTitle: 'Daftar peserta acara ini',
	rosterHint: 'Satu baris per NIP; tanda selesai terbaik yang dipakai, sisanya dihitung sebagai duplikat. Daftar ini hanya tersimpan di perangkat ini.',
	rosterEmpty: 'Belum ada tanda selesai yang diperiksa untuk acara ini.',
	rosterNotSaved: 'Daftar tidak bisa disimpan di perangkat ini; ekspor sebelum menutup halaman.',
	totalDone: 'Sudah (sah)',
	totalExpected: 'Diundang',
	totalNotYet: 'Belum',
	totalNotOnList: 'Tidak di daftar undangan',
	totalRefused: 'Ditolak',
	totalDuplicates: 'Duplikat',
	totalReceipts: 'Tanda selesai diperiksa',
	perUnit: 'Per unit kerja',
	filterStatus: 'Tampilkan',
	filterAll: 'Semua',
	filterText: 'Cari nama atau NIP',
	columnScore: 'Nilai',
	columnTime: 'Waktu',
	columnStatus: 'Status',
	statusDone: 'sudah',
	statusRefused: 'ditolak',
	statusNotYet: 'belum',
	notOnListShort: 'tidak di daftar',
	duplicatesShort: 'duplikat',
	observed: 'diamati di ruangan',
	exportCsv: 'Ekspor CSV',
	exportXlsx: 'Ekspor XLSX',
	exporting: 'Menyiapkan berkas…',
	exportFailed: 'Berkas tidak bisa dibuat di perangkat ini. Coba Ekspor CSV.',
	printNotYet: 'Cetak daftar belum',
	printAttendance: 'Cetak daftar hadir',
	clear: 'Kosongkan daftar acara ini',
	clearConfirm: 'Hapus semua tanda selesai yang sudah diperiksa untuk acara ini dari perangkat ini?',
	needsScript: 'Pemeriksaan tanda selesai memerlukan JavaScript.',
} as const;

export type CheckerLabels = { [K in keyof typeof checkerLabels]: string };

export const eventLabels = {
	newTitle: 'Buat acara baru',
	editTitle: 'Ubah acara',
	name: 'Nama acara',
	codePreview: 'Kode acara:',
	questionCount: 'Jumlah soal (10 sampai 40)',
	passPercent: 'Batas lulus (%, 50 sampai 100)',
	startsAt: 'Mulai',
	endsAt: 'Selesai',
	zone: 'Zona waktu',
	expectedTitle: 'Peserta yang diundang (boleh dikosongkan)',
	expectedHint: 'Tiga kolom: NIP, Nama, Unit kerja, dengan atau tanpa baris judul. Salin dari spreadsheet lalu tempel, atau pilih berkas CSV atau XLSX. Format kolom NIP sebagai Teks agar 18 angkanya tidak dibulatkan.',
	expectedPaste: 'Tempel daftar dari spreadsheet',
	expectedFile: 'Atau pilih berkas CSV/XLSX',
	expectedRead: '{ok} peserta terbaca dari {rows} baris; {bad} baris perlu diperbaiki.',
	rowProblem: 'Baris {row}: {message}',
	listHasProblems: 'Perbaiki baris daftar peserta yang disebut di atas (atau hapus baris itu), lalu simpan lagi.',
	fileUnreadable: 'Berkas tidak bisa dibaca. Simpan sebagai CSV atau XLSX, lalu coba lagi.',
	fixFields: 'Periksa kembali isian yang ditandai.',
	save: 'Simpan acara dan buat tautan',
	update: 'Simpan perubahan',
	edit: 'Ubah acara ini',
	notSaved: 'Acara tidak bisa disimpan di perangkat ini (penyimpanan penuh atau mode privat). Ekspor berkas acara agar tidak hilang.',
	pick: 'Acara di perangkat ini',
	newEvent: 'Acara baru',
	exportFile: 'Ekspor berkas acara',
	importFile: 'Impor berkas acara',
	imported: 'Berkas acara diimpor.',
	deleteEvent: 'Hapus acara',
	deleteConfirm: 'Hapus acara ini dari perangkat ini? Tanda selesai yang sudah dibuat peserta tidak bisa diperiksa lagi di perangkat ini kecuali berkas acaranya diimpor ulang.',
	summary: '{count} soal, batas lulus {pass}%, {start} sampai {end}, {expected} peserta diundang.',
	versionChanged: 'Bank soal situs ini sudah diperbarui: acara ini menerima versi kuis {old}, sedangkan situs sekarang memakai {now}. Tanda selesai dari versi baru akan ditolak sampai Anda menerimanya.',
	acceptVersion: 'Terima juga versi kuis saat ini',
	link: 'Tautan kuis untuk peserta',
	copy: 'Salin tautan',
	copied: 'Tautan disalin.',
	copyFailed: 'Tidak bisa menyalin otomatis; pilih tautan lalu salin secara manual.',
	qr: 'Kode QR tautan kuis peserta',
	openKit: 'Buka perlengkapan acara',
	openChecker: 'Periksa tanda selesai',
	linkSecret: 'Tautan ini memuat kunci acara. Bagikan hanya kepada peserta acara ini; siapa pun yang memegangnya bisa membuat tanda selesai yang dinilai sah.',
	needsScript: 'Pembuatan acara memerlukan JavaScript.',
} as const;

export type EventLabels = { [K in keyof typeof eventLabels]: string };

export const kitLabels = {
	noEvent: 'Perangkat ini belum menyimpan acara.',
	makeEvent: 'Buat acara atau impor berkas acara.',
	event: 'Acara',
	document: 'Dokumen',
	print: 'Cetak',
	needsList: 'Dokumen ini memerlukan daftar peserta yang diundang. Tambahkan di halaman acara.',
	paktaMany: 'Pakta integritas per peserta',
	paktaTitle: 'Pakta Integritas Netralitas Aparatur Sipil Negara',
	paktaIntro: 'Saya yang bertanda tangan di bawah ini:',
	paktaStatement: 'dengan ini menyatakan bahwa dalam penyelenggaraan Pemilihan Umum dan Pemilihan Kepala Daerah, saya akan:',
	paktaClosing: 'Saya memahami bahwa pelanggaran atas kewajiban dan larangan di atas dapat dikenai sanksi sesuai peraturan perundang-undangan.',
	name: 'Nama',
	nip: 'NIP',
	position: 'Jabatan',
	unit: 'Unit kerja',
	placeDate: 'Tempat, tanggal: ........................................',
	signature: 'Tanda tangan',
	organiserSign: 'Penyelenggara,',
	notYetTitle: 'Daftar peserta yang belum lulus kuis',
	notYetCount: 'belum',
	attendanceTitle: 'Daftar hadir ikrar netralitas',
	people: 'peserta diundang',
	everyoneDone: 'Semua peserta yang diundang sudah lulus kuis.',
	number: 'No.',
	quizDone: 'Kuis',
	presence: 'Hadir',
	presenceChoices: 'di tempat / daring',
	statusColumn: 'Keterangan',
	yes: 'lulus',
	refused: 'tanda selesai ditolak',
	notYet: 'belum ada tanda selesai',
	beritaTitle: 'Berita Acara Ikrar Netralitas ASN',
	beritaHint: 'Isi jumlah yang hanya Anda ketahui. Jumlah yang lulus dan yang belum diambil dari daftar pemeriksaan di perangkat ini.',
	beritaOpening: 'Pada {start} sampai {end}, bertempat di {place}, telah dilaksanakan {name} (kode acara {code}) dengan rincian sebagai berikut:',
	beritaRules: 'Kuis kesiapan ikrar terdiri atas {count} soal dengan batas lulus {pass}%. Jumlah yang lulus dihitung dari tanda selesai yang dinilai sah menurut aturan acara ini.',
	beritaProof: RECEIPT_PROOF,
	place: 'Tempat',
	countExpected: 'Peserta yang diundang',
	countPresent: 'Hadir di tempat',
	countOnline: 'Mengikuti secara daring',
	countSigned: 'Menandatangani pakta integritas',
	countPassed: 'Lulus kuis (tanda selesai sah)',
	countNotYet: 'Diundang tetapi belum lulus kuis',
	countNotOnList: 'Lulus tetapi tidak di daftar undangan',
	needsScript: 'Perlengkapan acara dibuat dari data acara di perangkat ini dan memerlukan JavaScript.',
} as const;

export type KitLabels = { [K in keyof typeof kitLabels]: string };

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
