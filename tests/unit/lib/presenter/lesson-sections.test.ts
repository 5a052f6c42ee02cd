import { describe, expect, test } from 'vitest';
import { matchLessonSection, readLessonSections, revisitLinkFor } from '~/lib/presenter/lesson-sections';

const cite = (href: string) => `<a class="citation" href="${href}">x</a>`;
const LESSON = [
	'<p>Pembuka tanpa judul ' + cite('/hukum/uu-20-2023/#pasal-9-ayat-2') + '</p>',
	'<div class="sl-heading-wrapper level-h2"><h2 id="mengapa">Mengapa</h2><a class="sl-anchor-link" href="#mengapa">#</a></div>',
	'<p>' + cite('/hukum/uu-20-2023/#pasal-9-ayat-2') + cite('/hukum/skb-2022/#lampiran-disiplin') + '</p>',
	'<h2 id="foto">Foto bersama calon</h2>',
	'<ul><li>' + cite('/hukum/skb-2022/#lampiran-disiplin') + cite('/hukum/skb-2022/#lampiran-kode-etik') + '</li></ul>',
	'<h2 id="sanksi">Sanksinya</h2>',
	'<p>' + cite('/hukum/pp-94-2021/#pasal-14-huruf-i') + cite('/hukum/skb-2022/#lampiran-disiplin') + '</p>',
	'<h2 id="uji">Uji pemahaman</h2><p><a href="/presentasi/kuis-kelas/x/">Kuis</a></p>',
].join('');

describe('readLessonSections', () => {
	test('lists each h2 section with the links inside it, leaving out the untitled introduction and the heading anchor', () => {
		const sections = readLessonSections(LESSON);
		expect(sections.map((section) => section.id)).toEqual(['mengapa', 'foto', 'sanksi', 'uji']);
		expect(sections[0]).toEqual({ id: 'mengapa', heading: 'Mengapa', hrefs: ['/hukum/uu-20-2023/#pasal-9-ayat-2', '/hukum/skb-2022/#lampiran-disiplin'] });
	});
});

describe('matchLessonSection', () => {
	const sections = readLessonSections(LESSON);

	test('sends a question to the section citing the rare article it turns on, not one of the many citing the SKB', () => {
		expect(matchLessonSection(['/hukum/skb-2022/#lampiran-disiplin', '/hukum/pp-94-2021/#pasal-14-huruf-i'], sections)?.id).toBe('sanksi');
		expect(matchLessonSection(['/hukum/skb-2022/#lampiran-kode-etik', '/hukum/skb-2022/#lampiran-disiplin'], sections)?.id).toBe('foto');
	});

	test('falls back to a section citing the same law at another article', () => {
		expect(matchLessonSection(['/hukum/pp-94-2021/#pasal-5'], sections)?.id).toBe('sanksi');
	});

	test('gives ties to the earlier section and nothing when no reference is shared', () => {
		expect(matchLessonSection(['/hukum/skb-2022/#lampiran-disiplin'], sections)?.id).toBe('mengapa');
		expect(matchLessonSection(['/hukum/uu-7-2017/#pasal-280'], sections)).toBeUndefined();
	});
});

describe('revisitLinkFor', () => {
	const sections = readLessonSections(LESSON);

	test('links to the matching section of the lesson, or to the lesson itself', () => {
		expect(revisitLinkFor(['/hukum/pp-94-2021/#pasal-14-huruf-i'], sections, '/belajar/media-sosial/')).toEqual({ href: '/belajar/media-sosial/#sanksi', heading: 'Sanksinya' });
		expect(revisitLinkFor(['/hukum/uu-7-2017/#pasal-280'], sections, '/belajar/media-sosial/')).toEqual({ href: '/belajar/media-sosial/', heading: undefined });
	});
});
