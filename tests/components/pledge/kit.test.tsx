import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import BeritaAcara from '~/components/pledge/BeritaAcara';
import EventKitIsland from '~/components/pledge/EventKitIsland';
import PaktaSheets from '~/components/pledge/PaktaSheets';
import PeopleSheet from '~/components/pledge/PeopleSheet';
import { kitLabels } from '~/config/ui-strings';
import { BERITA_ACARA_KEY } from '~/lib/pledge/berita-acara-store';
import { putEvent, saveEvents } from '~/lib/pledge/event-store';
import { buildRoster } from '~/lib/pledge/roster';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { makeEvent, makeReceipt } from './fixtures';

const points = [{ lead: 'menjaga netralitas', text: 'dalam Pemilu', citations: [{ citation: 'UU 20/2023 Pasal 24 ayat (1) huruf d', href: '/hukum/uu-20-2023/' }] }];
beforeEach(() => window.localStorage.clear());
afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

async function rosterWithOneDone() {
	const event = makeEvent();
	return { event, roster: buildRoster([{ receipt: await makeReceipt(event), judgement: { isValid: true, refusals: [] }, checkedAt: 'x' }], event.expected, 80) };
}

describe('EventKitIsland', () => {
	test('opens the document asked for in the address, for the stored event', async () => {
		saveEvents(findBrowserStorage(), putEvent({ version: 1, current: '', events: [] }, makeEvent()));
		window.history.replaceState(null, '', '/ikrar/kit/?acara=APEL-UJI&dokumen=pakta');
		render(<EventKitIsland points={points} labels={kitLabels} />);
		expect(await screen.findAllByRole('heading', { name: kitLabels.paktaTitle })).toHaveLength(3);
	});

	test('without an event, points to the event page', async () => {
		window.history.replaceState(null, '', '/ikrar/kit/');
		render(<EventKitIsland points={points} labels={kitLabels} />);
		expect((await screen.findByRole('link', { name: kitLabels.makeEvent })).getAttribute('href')).toBe('/ikrar/acara/');
	});
});

describe('PaktaSheets', () => {
	test('fills one pakta per expected participant with its points and citations', () => {
		render(<PaktaSheets event={makeEvent()} points={points} labels={kitLabels} />);
		expect(screen.getAllByRole('article')).toHaveLength(3);
		expect(screen.getAllByText('Siti Aminah').length).toBeGreaterThan(0);
		expect(screen.getAllByText(/UU 20\/2023 Pasal 24 ayat \(1\) huruf d/)).toHaveLength(3);
	});
});

describe('PeopleSheet', () => {
	test('lists who has not done it yet, per unit', async () => {
		const { event, roster } = await rosterWithOneDone();
		render(<PeopleSheet event={event} roster={roster} kind="belum" labels={kitLabels} />);
		expect(screen.getByRole('table', { name: /Dinas A \(1\)/ }).textContent).toMatch(/Budi/);
		expect(screen.queryByText('Siti Aminah')).toBeNull();
	});

	test('makes an attendance sheet of everyone expected', async () => {
		const { event, roster } = await rosterWithOneDone();
		render(<PeopleSheet event={event} roster={roster} kind="hadir" labels={kitLabels} />);
		expect(screen.getAllByRole('row')).toHaveLength(5);
	});
});

describe('BeritaAcara', () => {
	test('prints the counts from the roster beside the ones typed in', async () => {
		const { event, roster } = await rosterWithOneDone();
		render(<BeritaAcara event={event} roster={roster} labels={kitLabels} />);
		fireEvent.input(screen.getByLabelText(kitLabels.countPresent), { target: { value: '2' } });
		const table = screen.getByRole('article').querySelector('table')!;
		expect(table.textContent).toMatch(/Peserta yang diundang3Hadir di tempat2[\s\S]*Lulus kuis \(tanda selesai sah\)1Diundang tetapi belum lulus kuis2/);
	});

	test('keeps the typed counts for the event through a reload, apart from other events', async () => {
		const { event, roster } = await rosterWithOneDone();
		render(<BeritaAcara event={event} roster={roster} labels={kitLabels} />);
		fireEvent.input(screen.getByLabelText(kitLabels.countPresent), { target: { value: '2' } });
		fireEvent.input(screen.getByLabelText(kitLabels.countOnline), { target: { value: '1' } });
		fireEvent.input(screen.getByLabelText(kitLabels.countSigned), { target: { value: '3' } });
		fireEvent.input(screen.getByLabelText(kitLabels.place), { target: { value: 'Aula <b>BKPSDM</b>' } });
		cleanup();
		// A reload: the island mounts again and reads the device.
		render(<BeritaAcara event={event} roster={roster} labels={kitLabels} />);
		expect((screen.getByLabelText(kitLabels.countPresent) as HTMLInputElement).value).toBe('2');
		expect((screen.getByLabelText(kitLabels.countSigned) as HTMLInputElement).value).toBe('3');
		const sheet = screen.getByRole('article');
		expect(sheet.querySelector('table')!.textContent).toMatch(/Hadir di tempat2Mengikuti secara daring1Menandatangani pakta integritas3/);
		// What was typed is shown as text, never as markup.
		expect(sheet.textContent).toContain('Aula <b>BKPSDM</b>');
		expect(sheet.querySelector('b')).toBeNull();
		cleanup();
		render(<BeritaAcara event={makeEvent({ code: 'ACARA-LAIN' })} roster={roster} labels={kitLabels} />);
		expect((screen.getByLabelText(kitLabels.countPresent) as HTMLInputElement).value).toBe('');
	});

	test('starts empty from corrupted storage, resets it, and says so when the device refuses to save', async () => {
		const { event, roster } = await rosterWithOneDone();
		window.localStorage.setItem(BERITA_ACARA_KEY, '{"version":1,"events":');
		render(<BeritaAcara event={event} roster={roster} labels={kitLabels} />);
		expect((screen.getByLabelText(kitLabels.countPresent) as HTMLInputElement).value).toBe('');
		expect(window.localStorage.getItem(BERITA_ACARA_KEY)).toBeNull();
		expect(screen.queryByText(kitLabels.beritaNotSaved)).toBeNull();
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		fireEvent.input(screen.getByLabelText(kitLabels.countPresent), { target: { value: '5' } });
		expect(screen.getByText(kitLabels.beritaNotSaved)).toBeTruthy();
		expect(screen.getByRole('article').querySelector('table')!.textContent).toMatch(/Hadir di tempat5/);
	});
});
