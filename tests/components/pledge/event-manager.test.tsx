import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import EventFileActions from '~/components/pledge/EventFileActions';
import EventForm from '~/components/pledge/EventForm';
import EventLinkPanel from '~/components/pledge/EventLinkPanel';
import EventManagerIsland from '~/components/pledge/EventManagerIsland';
import ExpectedListInput from '~/components/pledge/ExpectedListInput';
import { eventLabels } from '~/config/ui-strings';
import { exportEventFile, loadEvents } from '~/lib/pledge/event-store';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { makeEvent } from './fixtures';

beforeEach(() => window.localStorage.clear());
afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

describe('EventManagerIsland', () => {
	test('makes the code from a free-text name, saves the event on the device and shows its link', async () => {
		render(<EventManagerIsland quizVersion="VERSI001" availableQuestions={150} labels={eventLabels} />);
		fireEvent.input(await screen.findByLabelText(eventLabels.name), { target: { value: 'Apel Netralitas Kab. Contoh' } });
		expect(screen.getByText('APEL-NETRALITAS-KAB-CONTOH')).toBeTruthy();
		fireEvent.change(screen.getByLabelText(eventLabels.startsAt), { target: { value: '2026-12-01T07:30' } });
		fireEvent.change(screen.getByLabelText(eventLabels.endsAt), { target: { value: '2026-12-01T16:00' } });
		vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-30T00:00:00Z'));
		fireEvent.click(screen.getByRole('button', { name: eventLabels.save }));
		const link = (await screen.findByLabelText(eventLabels.link)) as HTMLInputElement;
		expect(link.value).toMatch(/\/ikrar\/kuis\/#acara=/);
		const stored = loadEvents(findBrowserStorage());
		expect(stored.events[0]).toMatchObject({ code: 'APEL-NETRALITAS-KAB-CONTOH', questionCount: 20, passPercent: 80, zone: 'WIB', quizVersions: ['VERSI001'] });
		expect(stored.events[0]?.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
	});

	test('names every bad field and saves nothing', async () => {
		render(<EventManagerIsland quizVersion="VERSI001" availableQuestions={150} labels={eventLabels} />);
		fireEvent.input(await screen.findByLabelText(eventLabels.questionCount), { target: { value: '1' } });
		fireEvent.click(screen.getByRole('button', { name: eventLabels.save }));
		await screen.findByText(/Isi nama acara/);
		expect(screen.getByText(/Jumlah soal harus bilangan bulat dari 10 sampai 40/)).toBeTruthy();
		expect(screen.getByLabelText(eventLabels.questionCount).getAttribute('aria-invalid')).toBe('true');
		expect(loadEvents(findBrowserStorage()).events).toEqual([]);
	});
});

describe('EventForm', () => {
	test('fills the fields of the event being edited', () => {
		render(<EventForm labels={eventLabels} editing={makeEvent()} problems={[]} onSave={() => undefined} />);
		expect((screen.getByLabelText(eventLabels.name) as HTMLInputElement).value).toBe('Apel Uji');
		expect((screen.getByLabelText(eventLabels.expectedPaste) as HTMLTextAreaElement).value).toContain('198001012005012001\tSiti Aminah\tDinas A');
	});
});

describe('ExpectedListInput', () => {
	test('checks a pasted list row by row', () => {
		const onChange = vi.fn();
		render(<ExpectedListInput labels={eventLabels} initial="" onChange={onChange} />);
		fireEvent.input(screen.getByLabelText(eventLabels.expectedPaste), { target: { value: 'NIP\tNama\tUnit\n198001012005012001\tSiti\tDinas A\n123\tBudi\tDinas A' } });
		expect(screen.getByRole('status').textContent).toMatch(/1 peserta terbaca dari 2 baris; 1 baris perlu diperbaiki[\s\S]*Baris 3: NIP "123" harus 18 angka/);
		expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ participants: [{ nip: '198001012005012001', name: 'Siti', unit: 'Dinas A' }] }));
	});

	test('reads a CSV file', async () => {
		render(<ExpectedListInput labels={eventLabels} initial="" onChange={() => undefined} />);
		const file = new File(['NIP;Nama;Unit\n198001012005012001;Siti;Dinas A\n'], 'peserta.csv', { type: 'text/csv' });
		fireEvent.change(screen.getByLabelText(eventLabels.expectedFile), { target: { files: [file] } });
		await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/1 peserta terbaca dari 1 baris/));
	});
});

describe('EventLinkPanel', () => {
	test('shows the link, and offers to accept a newer quiz version', () => {
		const onAccept = vi.fn();
		render(<EventLinkPanel event={makeEvent()} quizVersion="VERSI002" labels={eventLabels} onAcceptVersion={onAccept} />);
		expect((screen.getByLabelText(eventLabels.link) as HTMLInputElement).value).toMatch(/#acara=/);
		fireEvent.click(screen.getByRole('button', { name: eventLabels.acceptVersion }));
		expect(onAccept).toHaveBeenCalled();
	});
});

describe('EventFileActions', () => {
	test('imports an event file and reports a wrong one', async () => {
		const onImport = vi.fn();
		render(<EventFileActions file={{ version: 1, current: '', events: [] }} labels={eventLabels} onPick={() => undefined} onImport={onImport} onNew={() => undefined} onDelete={() => undefined} />);
		const input = screen.getByLabelText(eventLabels.importFile);
		fireEvent.change(input, { target: { files: [new File([exportEventFile(makeEvent())], 'acara.json')] } });
		await waitFor(() => expect(onImport).toHaveBeenCalledWith(makeEvent({ startsAt: expect.any(String), endsAt: expect.any(String) })));
		fireEvent.change(input, { target: { files: [new File(['{}'], 'lain.json')] } });
		expect((await screen.findByText(/bukan berkas acara/)).textContent).toBeTruthy();
	});
});
