import { describe, expect, test } from 'vitest';
import { sectionOfPath } from '~/lib/search/page-section';

describe('sectionOfPath', () => {
	test.each([
		['/belajar/sanksi/', 'materi'],
		['/hukum/uu-20-2023/', 'hukum'],
		['/hukum/', 'hukum'],
		['/hukum/skb-2022/', 'skb'],
		['/glosarium/', 'hukum'],
		['/larangan/', 'larangan'],
		['/cetak/sanksi/', 'larangan'],
		['/pidato/gunung-mas-herson-aden-2024-09-11/', 'pidato'],
		['/kuis/', 'kuis'],
		['/ikrar/kuis/', 'kuis'],
		['/ikrar/periksa/', 'ikrar'],
		['/', 'lainnya'],
		['/presentasi', 'lainnya'],
	])('puts %s in %s', (path, section) => {
		expect(sectionOfPath(path)).toBe(section);
	});
});
