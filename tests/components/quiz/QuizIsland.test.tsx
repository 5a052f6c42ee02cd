import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import QuizIsland from '~/components/quiz/QuizIsland';
import { quizLabels } from '~/config/ui-strings';
import { PROGRESS_KEY } from '~/lib/quiz/progress-store';
import { sampleQuiz } from '../../support/quiz-fixture';

beforeEach(() => {
	window.history.replaceState(null, '', '/?seed=uji');
	window.localStorage.clear();
});
afterEach(() => {
	cleanup();
	vi.restoreAllMocks();
});

/** The prompt of the question on screen, read from the form's legend. */
function currentPrompt(): string {
	return screen.getByRole('group').querySelector('.quiz-prompt')?.textContent ?? '';
}

function questionOnScreen() {
	const question = sampleQuiz.questions.find((candidate) => candidate.prompt === currentPrompt());
	if (!question) throw new Error(`no question with prompt ${currentPrompt()}`);
	return question;
}

async function startQuiz() {
	render(<QuizIsland quiz={sampleQuiz} labels={quizLabels} />);
	await screen.findByRole('button', { name: quizLabels.check });
}

function answer(values: readonly string[]) {
	const question = questionOnScreen();
	for (const value of values) {
		const label = question.options.find((option) => option.value === value)?.label ?? value;
		fireEvent.click(screen.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: label }));
	}
	fireEvent.click(screen.getByRole('button', { name: quizLabels.check }));
}

describe('QuizIsland', () => {
	test('uses real radio inputs inside a labelled group', async () => {
		await startQuiz();
		expect(screen.getByRole('group', { name: new RegExp(`Soal 1 dari 3`) })).toBeTruthy();
		expect(screen.getAllByRole(questionOnScreen().type === 'multiple' ? 'checkbox' : 'radio').length).toBeGreaterThan(1);
	});

	test('asks for a choice when checking with nothing selected', async () => {
		await startQuiz();
		fireEvent.click(screen.getByRole('button', { name: quizLabels.check }));
		expect(screen.getByRole('alert').textContent).toBe(quizLabels.noSelection);
	});

	test('explains a right answer with its legal basis and moves focus to the feedback', async () => {
		await startQuiz();
		const question = questionOnScreen();
		answer(question.correct);
		const feedback = await screen.findByText(quizLabels.correct);
		const status = feedback.closest('[role="status"]') as HTMLElement;
		expect(status.textContent).toContain(question.explanation);
		const link = screen.getByRole('link', { name: question.legalBasis[0]?.citation ?? '' });
		expect(link.getAttribute('href')).toBe(question.legalBasis[0]?.href);
		await waitFor(() => expect(document.activeElement).toBe(status));
	});

	test('shows the correct answer after a wrong one and locks the choices', async () => {
		await startQuiz();
		const question = questionOnScreen();
		const wrong = question.options.find((option) => !question.correct.includes(option.value))?.value ?? '';
		answer([wrong]);
		expect(await screen.findByText(quizLabels.incorrect)).toBeTruthy();
		expect(screen.getByRole('group').hasAttribute('disabled')).toBe(true);
	});

	test('says why the chosen wrong option is wrong, next to the explanation of the right one', async () => {
		await startQuiz();
		const question = questionOnScreen();
		const [wrong, why] = Object.entries(question.feedback)[0]!;
		answer([wrong]);
		const status = (await screen.findByText(quizLabels.incorrect)).closest('[role="status"]') as HTMLElement;
		expect(status.textContent).toContain(quizLabels.whyChosenWrong);
		expect(status.textContent).toContain(why);
		expect(status.textContent).toContain(question.explanation);
	});

	test('does not explain wrong options after a right answer', async () => {
		await startQuiz();
		const question = questionOnScreen();
		answer(question.correct);
		const status = (await screen.findByText(quizLabels.correct)).closest('[role="status"]') as HTMLElement;
		expect(status.textContent).not.toContain(quizLabels.whyChosenWrong);
	});

	test('scores a full attempt, reviews mistakes and links back to the lesson', async () => {
		await startQuiz();
		for (let index = 0; index < sampleQuiz.questions.length; index++) {
			const question = questionOnScreen();
			const wrong = question.options.find((option) => !question.correct.includes(option.value))?.value ?? '';
			answer(index === 0 ? [wrong] : question.correct);
			const isLast = index === sampleQuiz.questions.length - 1;
			fireEvent.click(screen.getByRole('button', { name: isLast ? quizLabels.finish : quizLabels.next }));
		}
		const status = await screen.findByText(/2 dari 3 jawaban benar/);
		expect(status.closest('[role="status"]')?.textContent).toMatch(/Belum lulus/);
		expect(screen.getByRole('heading', { name: quizLabels.reviewTitle })).toBeTruthy();
		expect(screen.getByRole('link', { name: quizLabels.backToLesson }).getAttribute('href')).toBe(sampleQuiz.lessonHref);
		fireEvent.click(screen.getByRole('button', { name: quizLabels.retry }));
		expect(await screen.findByRole('group', { name: /Soal 1 dari 3/ })).toBeTruthy();
	});

	test('renders text from the question bank as text, never as markup', async () => {
		const prompt = '<img src=x onerror="alert(1)"> Boleh <b>tebal</b>?';
		const quiz = { ...sampleQuiz, questions: [{ ...sampleQuiz.questions[2]!, prompt }] };
		render(<QuizIsland quiz={quiz} labels={quizLabels} />);
		await screen.findByRole('button', { name: quizLabels.check });
		expect(document.querySelector('img')).toBeNull();
		expect(screen.getByText(prompt)).toBeTruthy();
	});
});

describe('QuizIsland progress', () => {
	test('resumes where the reader left off after the page is opened again', async () => {
		await startQuiz();
		const first = questionOnScreen();
		answer(first.correct);
		fireEvent.click(await screen.findByRole('button', { name: quizLabels.next }));
		const second = currentPrompt();
		cleanup();
		await startQuiz();
		expect(currentPrompt()).toBe(second);
		expect(screen.getByRole('group', { name: /Soal 2 dari 3/ })).toBeTruthy();
		const saved = JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}');
		expect(saved.banks[sampleQuiz.bankId].attempt.results).toEqual({ [first.id]: true });
	});

	test('records the finished attempt as the last and best result', async () => {
		await startQuiz();
		for (let index = 0; index < sampleQuiz.questions.length; index++) {
			answer(questionOnScreen().correct);
			const isLast = index === sampleQuiz.questions.length - 1;
			fireEvent.click(screen.getByRole('button', { name: isLast ? quizLabels.finish : quizLabels.next }));
		}
		await screen.findByRole('heading', { name: quizLabels.resultsTitle });
		const bank = JSON.parse(window.localStorage.getItem(PROGRESS_KEY) ?? '{}').banks[sampleQuiz.bankId];
		expect(bank).toMatchObject({ attempts: 1, last: { correct: 3, total: 3, isPassed: true }, best: { correct: 3, total: 3 } });
	});

	test('starts afresh from corrupted storage', async () => {
		window.localStorage.setItem(PROGRESS_KEY, '{"version":1,"banks":{"contoh":{"attempt":{"order":42}}}');
		await startQuiz();
		expect(screen.getByRole('group', { name: /Soal 1 dari 3/ })).toBeTruthy();
	});

	test('keeps working and says so when storage is full', async () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await startQuiz();
		answer(questionOnScreen().correct);
		expect(await screen.findByText(quizLabels.correct)).toBeTruthy();
		expect(screen.getByText(quizLabels.notSaved)).toBeTruthy();
	});
});
