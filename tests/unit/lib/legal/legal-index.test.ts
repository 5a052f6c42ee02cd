import { describe, expect, test } from 'vitest';
import { createLegalIndex, longFormOf, requireLegalRef, resolveLegalRef } from '~/lib/legal/legal-index';
import { LegalSourceSchema } from '~/schemas/legal-source';

const index = createLegalIndex([
	{
		id: 'uu-20-2023',
		data: LegalSourceSchema.parse({
			shortName: 'UU 20/2023',
			title: 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
			kind: 'uu',
			number: '20',
			year: 2023,
			status: 'berlaku',
			summary: 'Ringkasan.',
			sources: ['https://example.org/uu'],
			lastChecked: '2026-11-22',
			articles: [{ id: 'pasal-9-ayat-2', label: 'Pasal 9 ayat (2)', summary: 'Isi.', confidence: 'C2+' }],
		}),
	},
]);

describe('resolveLegalRef', () => {
	test('resolves an article to its citation and anchored link', () => {
		expect(resolveLegalRef(index, 'uu-20-2023/pasal-9-ayat-2')).toMatchObject({
			citation: 'UU 20/2023 Pasal 9 ayat (2)',
			href: '/hukum/uu-20-2023/#pasal-9-ayat-2',
		});
	});

	test('resolves a whole instrument to its page', () => {
		expect(resolveLegalRef(index, 'uu-20-2023')).toMatchObject({ citation: 'UU 20/2023', href: '/hukum/uu-20-2023/' });
	});

	test('returns undefined for an unknown source or article', () => {
		expect(resolveLegalRef(index, 'uu-99-2099')).toBeUndefined();
		expect(resolveLegalRef(index, 'uu-20-2023/pasal-999')).toBeUndefined();
	});
});

describe('requireLegalRef', () => {
	test('names the unknown id and the known sources', () => {
		expect(() => requireLegalRef(index, 'uu-20-2023/pasal-999')).toThrow(/pasal-999.*uu-20-2023/);
	});
});

describe('longFormOf', () => {
	test('spells out number and year', () => {
		expect(longFormOf('UU 20/2023')).toBe('UU Nomor 20 Tahun 2023');
		expect(longFormOf('SE MenPANRB 4/2024')).toBe('SE MenPANRB Nomor 4 Tahun 2024');
	});

	test('leaves names without a number/year alone', () => {
		expect(longFormOf('UU Pilkada')).toBeUndefined();
		expect(longFormOf('Putusan MK 41/PUU-XII/2014')).toBeUndefined();
	});
});
