import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import CardRecordTable from '~/components/cards/CardRecordTable';
import { cardRecordLabels } from '~/config/ui-strings';
import { assignCards } from '~/lib/cards/card-holders';
import { buildCardRecord } from '~/lib/cards/card-record';

afterEach(cleanup);

const holders = assignCards([
	{ nip: '198001012005011001', name: 'Ani <b>Wijaya</b>', unit: 'BKPSDM' },
	{ nip: '198001012005011002', name: 'Budi', unit: 'Dinkes' },
]);
const store = {
	version: 1 as const,
	quizzes: { '/k/': { eventCode: 'APEL', answers: { q1: { 1: 'B' as const, 2: 'A' as const } }, key: { q1: ['B'] }, updatedAt: '2026-12-01T09:00:00Z' } },
};

describe('CardRecordTable', () => {
	test('shows each expected participant with the card score, labelled as observed in the room', () => {
		render(<CardRecordTable record={buildCardRecord(store, 'APEL', holders, 0.8)} passMark={0.8} labels={cardRecordLabels} />);
		expect(screen.getByRole('heading', { name: 'Jawaban kartu di ruangan' })).toBeTruthy();
		expect(screen.getByText(/^Diamati di ruangan/)).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe('2 dari 2 kartu terbaca pada 1 soal dari 1 Kuis Kelas. Batas lulus 80%.');
		const rows = screen.getAllByRole('row').slice(1);
		expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '198001012005011001', 'Ani <b>Wijaya</b>', 'BKPSDM', '1/1 (100%)', 'Lulus']);
		expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '198001012005011002', 'Budi', 'Dinkes', '0/1 (0%)', 'Belum lulus']);
	});

	test('says plainly when nothing was scanned for the event', () => {
		render(<CardRecordTable record={buildCardRecord(store, 'LAIN', holders, 0.8)} passMark={0.8} labels={cardRecordLabels} />);
		expect(screen.getByText('Belum ada jawaban kartu untuk acara ini di perangkat ini.')).toBeTruthy();
		expect(screen.queryByRole('table')).toBeNull();
	});
});
