// `npm run bench:scale`: proves the speeches design scales. In a temporary copy of the project
// (nothing here is committed or changed), it builds once as is, then again with 1,000 synthetic
// speeches added, and compares build time and page sizes. Fails if a lesson page's HTML grows by
// more than 10%, which is what a sidebar listing every speech would do.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const COUNT = Number(process.env.SCALE_SPEECHES ?? 1000);
const LESSON = 'belajar/apa-itu-netralitas/index.html';
const PROVINCES = [
	'Aceh', 'Sumatera Utara', 'Sumatera Barat', 'Riau', 'Kepulauan Riau', 'Jambi', 'Bengkulu', 'Sumatera Selatan',
	'Kepulauan Bangka Belitung', 'Lampung', 'Banten', 'DKI Jakarta', 'Jawa Barat', 'Jawa Tengah', 'DI Yogyakarta',
	'Jawa Timur', 'Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Barat', 'Kalimantan Tengah',
	'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara', 'Sulawesi Utara', 'Gorontalo', 'Sulawesi Tengah',
	'Sulawesi Barat', 'Sulawesi Selatan', 'Sulawesi Tenggara', 'Maluku', 'Maluku Utara', 'Papua', 'Papua Barat',
	'Papua Barat Daya', 'Papua Tengah', 'Papua Pegunungan', 'Papua Selatan',
];
const THEMES = ['politik-praktis', 'keanggotaan-partai', 'media-sosial', 'kampanye', 'fasilitas-negara', 'sanksi', 'pelayanan-publik', 'profesionalisme', 'ikrar', 'pengawasan'];

/** A valid speech file; varied but deterministic so runs compare. */
function syntheticSpeech(index) {
	const province = PROVINCES[index % PROVINCES.length];
	const themes = [THEMES[index % THEMES.length], THEMES[(index * 7 + 3) % THEMES.length]].filter((theme, i, all) => all.indexOf(theme) === i);
	const day = String((index % 28) + 1).padStart(2, '0');
	const month = String((index % 12) + 1).padStart(2, '0');
	return `title: Pidato sintetis nomor ${index} tentang netralitas ASN
speakers:
  - id: pembicara-${index}
    name: Pembicara Sintetis ${index}
    position: Sekretaris Daerah Kabupaten Contoh ${index}
    institution: Pemerintah Kabupaten Contoh ${index}
region: { kabupatenKota: Kabupaten Contoh ${index}, province: ${province} }
date: 2024-${month}-${day}
event: Apel netralitas ASN sintetis ${index}
source:
  publisher: Media Sintetis
  title: Berita sintetis ${index}
  url: https://example.org/berita/${index}
summary:
  - Paragraf ringkasan sintetis untuk menguji skala situs dengan seribu pidato.
keyMessages: [ASN menjaga netralitas., ASN melayani semua warga.]
quotes:
  - speaker: pembicara-${index}
    text: ASN harus netral.
themes: [${themes.join(', ')}]
legalCited: [uu-20-2023/pasal-24-ayat-1-huruf-d]
actsMentioned: [menjadi-anggota-partai-politik]
lastChecked: 2026-11-22
`;
}

function build(dir) {
	rmSync(join(dir, 'dist'), { recursive: true, force: true });
	const started = performance.now();
	const result = spawnSync('npx', ['astro', 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
	const dist = join(dir, 'dist');
	const size = (path) => readFileSync(join(dist, path)).length;
	const pages = readdirSync(join(dist, 'pidato'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
	return {
		buildMs: Math.round(performance.now() - started),
		lessonHtmlBytes: size(LESSON),
		homeHtmlBytes: size('index.html'),
		speechIndexHtmlBytes: size('pidato/index.html'),
		speechPages: pages,
	};
}

const work = mkdtempSync(join(tmpdir(), 'netralitas-scale-'));
try {
	const skip = new Set(['node_modules', 'dist', '.astro', '.git']);
	cpSync(ROOT, work, { recursive: true, filter: (source) => !skip.has(source.slice(ROOT.length + 1).split('/')[0]) });
	// Hard links: a full copy of node_modules would take longer than the builds.
	if (spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(work, 'node_modules')]).status !== 0) throw new Error('could not link node_modules');

	console.log('Building the site as it is...');
	const before = build(work);
	const speechDir = join(work, 'content', 'speeches');
	mkdirSync(speechDir, { recursive: true });
	for (let index = 1; index <= COUNT; index++) writeFileSync(join(speechDir, `sintetis-${String(index).padStart(4, '0')}.yaml`), syntheticSpeech(index));
	console.log(`Building again with ${COUNT} synthetic speeches...`);
	const after = build(work);

	const growth = (after.lessonHtmlBytes - before.lessonHtmlBytes) / before.lessonHtmlBytes;
	const report = { command: 'npm run bench:scale', syntheticSpeeches: COUNT, before, after, lessonHtmlGrowth: Number(growth.toFixed(4)), limit: 0.1 };
	mkdirSync(join(ROOT, 'tests', '.output'), { recursive: true });
	writeFileSync(join(ROOT, 'tests', '.output', 'scale-speeches.json'), `${JSON.stringify(report, null, '\t')}\n`);
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(`Build: ${(before.buildMs / 1000).toFixed(1)} s before, ${(after.buildMs / 1000).toFixed(1)} s with ${COUNT} more speeches`);
	console.log(`Speech pages: ${before.speechPages} before, ${after.speechPages} after`);
	console.log(`Lesson HTML: ${kb(before.lessonHtmlBytes)} before, ${kb(after.lessonHtmlBytes)} after (${(growth * 100).toFixed(2)}%)`);
	console.log(`Home HTML: ${kb(before.homeHtmlBytes)} before, ${kb(after.homeHtmlBytes)} after`);
	console.log(`Speeches index HTML: ${kb(before.speechIndexHtmlBytes)} before, ${kb(after.speechIndexHtmlBytes)} after`);
	if (growth > 0.1) {
		console.error('FAIL: the lesson page grew by more than 10%; something per-speech reached every page (the sidebar?).');
		process.exitCode = 1;
	} else {
		console.log('OK: the lesson page stayed within 10% of its size.');
	}
} finally {
	rmSync(work, { recursive: true, force: true });
}
