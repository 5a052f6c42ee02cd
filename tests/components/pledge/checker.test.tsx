import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import CheckSummary from '~/components/pledge/CheckSummary';
import EventPicker from '~/components/pledge/EventPicker';
import ManualEntry from '~/components/pledge/ManualEntry';
import PastePanel from '~/components/pledge/PastePanel';
import ReceiptCheckerIsland from '~/components/pledge/ReceiptCheckerIsland';
import RosterExports from '~/components/pledge/RosterExports';
import RosterTable from '~/components/pledge/RosterTable';
import RosterTotals from '~/components/pledge/RosterTotals';
import ScanPanel from '~/components/pledge/ScanPanel';
import { checkDecoded } from '~/components/pledge/checker-session';
import { checkerLabels } from '~/config/ui-strings';
import { putEvent, saveEvents } from '~/lib/pledge/event-store';
import { encodeReceiptLink, encodeReceiptText, receiptRows } from '~/lib/pledge/receipt-codec';
import { buildRoster } from '~/lib/pledge/roster';
import { loadEventRoster } from '~/lib/pledge/roster-store';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { makeEvent, makeReceipt } from './fixtures';

const CHECK = 'http://localhost/ikrar/periksa/';
beforeEach(() => {
	window.localStorage.clear();
	window.history.replaceState(null, '', '/ikrar/periksa/');
});
afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

function storeEvent() {
	const event = makeEvent();
	saveEvents(findBrowserStorage(), putEvent({ version: 1, current: '', events: [] }, event));
	return event;
}

describe('ReceiptCheckerIsland', () => {
	test('checks a paste of several receipts against the stored event and keeps the roster on the device', async () => {
		const event = storeEvent();
		const good = await makeReceipt(event);
		const other = await makeReceipt(event, { nip: '198001012005011002', name: 'Budi', passPercent: 50, correct: 5 });
		render(<ReceiptCheckerIsland labels={checkerLabels} />);
		fireEvent.input(await screen.findByLabelText(checkerLabels.pasteLabel), { target: { value: `${encodeReceiptText(good, CHECK, 'x')}\nhalo\n${encodeReceiptLink(other, CHECK)}` } });
		fireEvent.click(screen.getAllByRole('button', { name: checkerLabels.check })[0]!);
		await screen.findByText(/2 tanda selesai ditemukan: 1 sah, 1 ditolak, 0 duplikat, 0 tidak terbaca/);
		expect(screen.getByText(/Batas lulus tertulis 50%/, { selector: 'li' })).toBeTruthy();
		expect(loadEventRoster(findBrowserStorage(), event.code).receipts).toHaveLength(2);
	});

	test('judges each pasted receipt once, and what it already holds not again', async () => {
		const event = storeEvent();
		const receipts = await Promise.all(['198001012005012001', '198001012005011002', '198001012005012003'].map((nip) => makeReceipt(event, { nip })));
		// Every judgement computes one HMAC; count them from here on.
		const sign = vi.spyOn(crypto.subtle, 'sign');
		render(<ReceiptCheckerIsland labels={checkerLabels} />);
		const paste = async (text: string, done: number) => {
			fireEvent.input(await screen.findByLabelText(checkerLabels.pasteLabel), { target: { value: text } });
			fireEvent.click(screen.getAllByRole('button', { name: checkerLabels.check })[0]!);
			await waitFor(() => expect(screen.queryAllByText('sudah', { selector: 'td, td *' })).toHaveLength(done));
		};
		await paste(receipts.slice(0, 2).map((receipt) => encodeReceiptLink(receipt, CHECK)).join('\n'), 2);
		expect(sign).toHaveBeenCalledTimes(2);
		await paste(encodeReceiptLink(receipts[2]!, CHECK), 3);
		expect(sign).toHaveBeenCalledTimes(3);
	});

	test('checks a receipt arriving in a new #r= without a reload', async () => {
		const event = storeEvent();
		render(<ReceiptCheckerIsland labels={checkerLabels} />);
		await screen.findByLabelText(checkerLabels.pasteLabel);
		window.location.hash = new URL(encodeReceiptLink(await makeReceipt(event), CHECK)).hash;
		window.dispatchEvent(new HashChangeEvent('hashchange'));
		expect((await screen.findByText(checkerLabels.valid)).parentElement?.textContent).toMatch(/Siti Aminah/);
	});

	test('without an event on the device, explains that one is needed and checks nothing', async () => {
		render(<ReceiptCheckerIsland labels={checkerLabels} />);
		expect((await screen.findByRole('alert')).textContent).toContain(checkerLabels.noEvent);
		expect(screen.queryByLabelText(checkerLabels.pasteLabel)).toBeNull();
	});
});

describe('EventPicker', () => {
	test('switches the event receipts are judged against', () => {
		const onPick = vi.fn();
		render(<EventPicker events={[makeEvent(), makeEvent({ code: 'LAIN', name: 'Lain' })]} current="APEL-UJI" labels={checkerLabels} onPick={onPick} />);
		fireEvent.change(screen.getByLabelText(checkerLabels.event), { target: { value: 'LAIN' } });
		expect(onPick).toHaveBeenCalledWith('LAIN');
	});
});

describe('PastePanel', () => {
	test('hands over the pasted text', () => {
		const onCheck = vi.fn();
		render(<PastePanel labels={checkerLabels} isBusy={false} onCheck={onCheck} />);
		fireEvent.input(screen.getByLabelText(checkerLabels.pasteLabel), { target: { value: 'teks' } });
		fireEvent.click(screen.getByRole('button', { name: checkerLabels.check }));
		expect(onCheck).toHaveBeenCalledWith('teks');
	});
});

describe('ManualEntry', () => {
	test('reads the fields typed as printed, code in lower case with a space', async () => {
		const receipt = await makeReceipt(makeEvent());
		const onCheck = vi.fn();
		render(<ManualEntry labels={checkerLabels} onCheck={onCheck} />);
		for (const [key, value] of receiptRows(receipt)) fireEvent.input(document.getElementById(`manual-${key}`)!, { target: { value: key === 'code' ? value.toLowerCase().replace('-', ' ') : value } });
		fireEvent.click(screen.getByRole('button', { name: checkerLabels.check }));
		expect(onCheck).toHaveBeenCalledWith({ receipt });
	});
});

describe('checkDecoded', () => {
	test('judges only the incoming receipts; the held ones keep the judgement they came with', async () => {
		const event = makeEvent();
		const heldReceipt = await makeReceipt(event, { nip: '198001012005011002', name: 'Budi' });
		const held = [{ receipt: heldReceipt, checkedAt: 'tadi', judgement: { isValid: true, refusals: [] } }];
		const { outcome, held: next } = await checkDecoded([{ result: { receipt: await makeReceipt(event) }, line: 1 }, { result: { receipt: heldReceipt }, line: 2 }], held, event, Date.now());
		expect(outcome).toMatchObject({ found: 2, valid: 2, duplicate: 1 });
		expect(next).toHaveLength(2);
		expect(next[0]).toBe(held[0]);
		expect(next[1]?.judgement.isValid).toBe(true);
	});
});

describe('CheckSummary', () => {
	test('names unreadable parts by line', async () => {
		const event = makeEvent();
		const { outcome } = await checkDecoded([{ result: { error: 'rusak' }, line: 7 }], [], event, Date.now());
		render(<CheckSummary outcome={outcome} labels={checkerLabels} />);
		expect(screen.getByText('Baris 7: rusak')).toBeTruthy();
	});
});

describe('RosterTotals and RosterTable', () => {
	test('show totals per unit and filter the rows by status', async () => {
		const event = makeEvent();
		const checked = [{ receipt: await makeReceipt(event), judgement: { isValid: true, refusals: [] }, checkedAt: 'x' }];
		const roster = buildRoster(checked, event.expected, 80);
		render(<RosterTotals roster={roster} labels={checkerLabels} />);
		expect(screen.getByRole('table', { name: checkerLabels.perUnit }).textContent).toMatch(/Dinas A211Dinas B101/);
		cleanup();
		render(<RosterTable roster={roster} labels={checkerLabels} />);
		expect(screen.getAllByRole('row')).toHaveLength(4);
		fireEvent.change(screen.getByLabelText(checkerLabels.filterStatus), { target: { value: 'not-yet' } });
		expect(screen.getAllByRole('row')).toHaveLength(3);
		expect(screen.queryByText('Siti Aminah')).toBeNull();
	});
});

describe('RosterExports', () => {
	test('writes a CSV with a BOM and the NIP kept as text', async () => {
		const event = makeEvent();
		const roster = buildRoster([], event.expected, 80);
		const blobs: Blob[] = [];
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			blobs.push(blob as Blob);
			return 'blob:x';
		});
		vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
		render(<RosterExports event={event} roster={roster} labels={checkerLabels} onClear={() => undefined} />);
		fireEvent.click(screen.getByRole('button', { name: checkerLabels.exportCsv }));
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('="198001012005012001",Siti Aminah');
		expect(screen.getByRole('link', { name: checkerLabels.printNotYet }).getAttribute('href')).toBe('/ikrar/kit/?acara=APEL-UJI&dokumen=belum');
	});
});

describe('ScanPanel', () => {
	test('explains when the browser cannot open a camera', async () => {
		render(<ScanPanel labels={checkerLabels} onScan={() => undefined} />);
		fireEvent.click(screen.getByRole('button', { name: checkerLabels.scan }));
		await waitFor(() => expect(screen.getByRole('status').textContent).toContain(checkerLabels.scanUnsupported));
	});
});
