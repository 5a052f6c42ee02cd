import { describe, expect, test } from 'vitest';
import { readExpectedRows, readExpectedText } from '~/lib/pledge/expected-list';

describe('readExpectedText', () => {
	test('reads a spreadsheet paste with a header, in its column order', () => {
		const result = readExpectedText('Nama\tNIP\tUnit kerja\nSiti Aminah\t198001012005012001\tDinas Pendidikan\nBudi\t1980 0101 200501 1 002\tDinas Kesehatan\n');
		expect(result.problems).toEqual([]);
		expect(result.participants).toEqual([
			{ nip: '198001012005012001', name: 'Siti Aminah', unit: 'Dinas Pendidikan' },
			{ nip: '198001012005011002', name: 'Budi', unit: 'Dinas Kesehatan' },
		]);
	});

	test('reads CSV with semicolons and quotes, without a header', () => {
		const result = readExpectedText('198001012005012001;"Aminah, S.Pd.";"Dinas ""A"""\r\n');
		expect(result.participants).toEqual([{ nip: '198001012005012001', name: 'Aminah, S.Pd.', unit: 'Dinas "A"' }]);
	});

	test('names every bad row by its spreadsheet row number', () => {
		const result = readExpectedText(['NIP,Nama,Unit', '19800101200501200,Siti,Dinas A', '1.98001E+17,Budi,Dinas B', '198001012005012003,,Dinas C', '198001012005012004,Ani,Dinas D', '198001012005012004,Ani lagi,Dinas D'].join('\n'));
		expect(result.participants).toHaveLength(1);
		expect(result.problems).toEqual([
			{ row: 2, message: expect.stringMatching(/harus 18 angka \(terbaca 17 angka\)/) },
			{ row: 3, message: expect.stringMatching(/dibulatkan/) },
			{ row: 4, message: 'Nama kosong.' },
			{ row: 6, message: 'NIP 198001012005012004 sudah ada di baris 5.' },
		]);
	});

	test('says so when there are no rows', () => {
		expect(readExpectedText('\n\n').problems[0]?.message).toMatch(/Tidak ada baris/);
	});
});

describe('readExpectedRows', () => {
	test('reads cells from an XLSX sheet, numbers included', () => {
		expect(readExpectedRows([['NIP', 'Nama', 'OPD'], ['198001012005012001', 'Siti', 'Dinas A'], [null, null, null]]).participants).toHaveLength(1);
	});
});
