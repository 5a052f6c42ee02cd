import { describe, expect, test } from 'vitest';
import { hallQuizPath, hasPresentation, presentationPathFor, readingPath } from '~/lib/presenter/presentable-pages';

describe('hasPresentation', () => {
	test('covers lessons and law pages', () => {
		expect(hasPresentation('belajar/media-sosial')).toBe(true);
		expect(hasPresentation('hukum')).toBe(true);
		expect(hasPresentation('hukum/skb-2022')).toBe(true);
		expect(hasPresentation('hukum/uu-20-2023')).toBe(true);
	});

	test('leaves out every other page', () => {
		for (const pageId of ['', 'kuis', 'larangan', 'pidato/singkawang-sumastro-2023-10-26', 'presentasi', 'hukumx']) {
			expect(hasPresentation(pageId)).toBe(false);
		}
	});
});

describe('paths', () => {
	test('put the presentation under /presentasi/ with the page id', () => {
		expect(presentationPathFor('belajar/sanksi')).toBe('/presentasi/belajar/sanksi/');
		expect(presentationPathFor('hukum')).toBe('/presentasi/hukum/');
		expect(presentationPathFor('kuis')).toBeUndefined();
	});

	test('lead back to the reading page', () => {
		expect(readingPath('belajar/sanksi')).toBe('/belajar/sanksi/');
		expect(readingPath('')).toBe('/');
	});

	test('give each question bank a hall quiz', () => {
		expect(hallQuizPath('sanksi')).toBe('/presentasi/kuis-kelas/sanksi/');
	});
});
