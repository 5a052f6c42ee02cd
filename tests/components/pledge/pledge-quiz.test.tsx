import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import EventIntro from '~/components/pledge/EventIntro';
import MyReceiptsIsland from '~/components/pledge/MyReceiptsIsland';
import ParticipantForm from '~/components/pledge/ParticipantForm';
import PledgeQuizIsland from '~/components/pledge/PledgeQuizIsland';
import ReceiptCard from '~/components/pledge/ReceiptCard';
import { drawAttempt, readPledgeSource, resumePledgeAttempt } from '~/components/pledge/pledge-session';
import { createSeededRandom } from '~/lib/quiz/random';
import { pledgeLabels, quizLabels } from '~/config/ui-strings';
import { writeEventLink } from '~/lib/pledge/event';
import { loadPledgeFile, savePledgeFile, PLEDGE_KEY } from '~/lib/pledge/pledge-store';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { sampleQuestions } from '../../support/quiz-fixture';
import { makeEvent, makeReceipt } from './fixtures';

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

/** Ten questions in two modules, made from the sample quiz with new ids. */
const modules = [0, 1].map((module) => Array.from({ length: 6 }, (_, index) => ({ ...sampleQuestions[index % sampleQuestions.length]!, id: `m${module}-q${index}`, kind: 'situasi' as const, acts: [] })));

function openEventLink() {
	const event = makeEvent();
	window.history.replaceState(null, '', new URL(writeEventLink('http://localhost/ikrar/kuis/?seed=uji', event)).href.replace('http://localhost', ''));
	return event;
}

describe('PledgeQuizIsland', () => {
	test('shows the rules from the event link and keeps the attempt on the device after every answer', async () => {
		openEventLink();
		const view = render(<PledgeQuizIsland banks={modules} quizVersion="VERSI001" labels={pledgeLabels} quizLabels={quizLabels} />);
		await screen.findByRole('heading', { name: 'Apel Uji' });
		expect(screen.getByText('APEL-UJI')).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: pledgeLabels.start }));
		fireEvent.click(screen.getAllByRole(/radio|checkbox/)[0]!);
		fireEvent.click(screen.getByRole('button', { name: quizLabels.check }));
		await waitFor(() => expect(loadPledgeFile(findBrowserStorage()).attempts['APEL-UJI']?.attempt.results).not.toEqual({}));
		const saved = loadPledgeFile(findBrowserStorage()).attempts['APEL-UJI']!;
		expect(saved.questionIds).toHaveLength(10);

		// A reload: a fresh island on the same link resumes the same question.
		view.unmount();
		render(<PledgeQuizIsland banks={modules} quizVersion="VERSI001" labels={pledgeLabels} quizLabels={quizLabels} />);
		await screen.findByRole('group', { name: /Soal 1 dari 10/ });
		expect(screen.getByRole('button', { name: /Soal berikutnya/ })).toBeTruthy();
	});

	test('shows the receipt this device holds for the event instead of a new quiz', async () => {
		const event = openEventLink();
		const receipt = await makeReceipt(event);
		savePledgeFile(findBrowserStorage(), { attempts: {}, receipts: [receipt] });
		render(<PledgeQuizIsland banks={modules} quizVersion="VERSI001" labels={pledgeLabels} quizLabels={quizLabels} />);
		await screen.findByText(pledgeLabels.receiptKept);
		expect(screen.getByText(receipt.code)).toBeTruthy();
	});

	test('names the problem with a broken event link', async () => {
		window.history.replaceState(null, '', '/ikrar/kuis/#acara=rusak');
		render(<PledgeQuizIsland banks={modules} quizVersion="VERSI001" labels={pledgeLabels} quizLabels={quizLabels} />);
		expect((await screen.findByRole('alert')).textContent).toMatch(/rusak atau terpotong/);
	});

	test('resets a corrupted device store and starts cleanly', async () => {
		openEventLink();
		window.localStorage.setItem(PLEDGE_KEY, '{not json');
		render(<PledgeQuizIsland banks={modules} quizVersion="VERSI001" labels={pledgeLabels} quizLabels={quizLabels} />);
		expect(await screen.findByRole('button', { name: pledgeLabels.start })).toBeTruthy();
	});
});

describe('EventIntro', () => {
	test('warns that receipts made after the window are refused', () => {
		const event = makeEvent();
		const rules = { eventCode: event.code, eventName: event.name, questionCount: 10, passPercent: 80, zone: 'WIB' as const, secret: 's', window: { startsAt: event.startsAt, endsAt: event.endsAt } };
		render(<EventIntro rules={rules} isEvent now={Date.now() + 10 * 3_600_000} labels={pledgeLabels} onStart={() => undefined} />);
		expect(screen.getByRole('status').textContent).toBe(pledgeLabels.closed);
		expect(screen.getByText(/WIB sampai .* WIB/)).toBeTruthy();
	});
});

describe('ParticipantForm', () => {
	test('lists the problems and marks each field', async () => {
		render(<ParticipantForm labels={pledgeLabels} onIssue={async () => [{ field: 'nip', message: 'NIP harus 18 angka.' }]} />);
		fireEvent.click(screen.getByRole('button', { name: pledgeLabels.issue }));
		expect((await screen.findByRole('alert')).textContent).toMatch(/NIP harus 18 angka/);
		expect(screen.getByLabelText(pledgeLabels.nip).getAttribute('aria-invalid')).toBe('true');
	});
});

describe('ReceiptCard', () => {
	test('shows every field as printed text, the time in the event zone, and typed markup as text', async () => {
		const receipt = await makeReceipt(makeEvent(), { name: '<b>Siti</b>' });
		const { container } = render(<ReceiptCard receipt={receipt} checkPageUrl="http://localhost/ikrar/periksa/" labels={pledgeLabels} />);
		expect(screen.getByText('<b>Siti</b>')).toBeTruthy();
		expect(container.querySelector('.receipt-card b')).toBeNull();
		expect(screen.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB$/)).toBeTruthy();
		expect(screen.getByText('9 dari 10 benar (batas lulus 80%)')).toBeTruthy();
		expect((screen.getByLabelText(pledgeLabels.textTitle) as HTMLTextAreaElement).value).toContain('#r=');
	});
});

describe('MyReceiptsIsland', () => {
	test('lists the receipts on this device and opens one', async () => {
		const receipt = await makeReceipt(makeEvent());
		savePledgeFile(findBrowserStorage(), { attempts: {}, receipts: [receipt] });
		render(<MyReceiptsIsland labels={pledgeLabels} />);
		fireEvent.click(await screen.findByRole('button', { name: pledgeLabels.showReceipt }));
		expect(screen.getByRole('heading', { name: pledgeLabels.receiptTitle })).toBeTruthy();
	});

	test('says so when the device holds none', async () => {
		render(<MyReceiptsIsland labels={pledgeLabels} />);
		expect(await screen.findByText(pledgeLabels.myReceiptsEmpty)).toBeTruthy();
	});
});

describe('resumeAttempt', () => {
	test('keeps the answered questions after a new site version and replaces a removed one by a fresh draw', () => {
		const event = makeEvent();
		const { rules } = readPledgeSource('', new URL(writeEventLink('http://x/', event)).hash, 12);
		const random = createSeededRandom('lanjut');
		const first = drawAttempt(modules, rules!, 'VERSI001', random, new Date());
		const firstQuestion = first.questions.find((question) => question.id === first.saved.questionIds[0])!;
		const answered = { ...first.saved, attempt: { ...first.saved.attempt, selections: { [firstQuestion.id]: firstQuestion.correct }, results: { [firstQuestion.id]: true } } };
		const removed = first.saved.questionIds[1]!;
		const newVersion = modules.map((questions) => questions.filter((question) => question.id !== removed));
		const resumed = resumePledgeAttempt(newVersion, rules!, answered, 'VERSI002', random);
		expect(resumed.questions).toHaveLength(10);
		expect(resumed.saved.questionIds).not.toContain(removed);
		expect(resumed.state.results[first.saved.questionIds[0]!]).toBe(true);
		expect(resumed.saved.quizVersion).toBe('VERSI002');
	});
});
