/**
 * The card scanner of Kuis Kelas, loaded only when the presenter opens it: camera or photo in,
 * card answers out into the question's show-of-hands fields (which fill the slide's distribution),
 * merged with earlier scans of the same question and kept on this device. Frames go to a worker;
 * no picture is stored or sent.
 */
import type { CardLabels } from '~/config/ui-strings';
import type { CardReading } from '~/lib/cards/card-answer';
import { countCardAnswers, createSteadyReader, loadCardTally, mergeReadings, saveCardTally, type QuestionAnswers } from '~/lib/cards/card-tally';
import { fillHandCounts } from './hand-counts';
import { findBrowserStorage } from '~/lib/storage/browser-storage';
import { formatLabel } from '~/lib/text/format-label';
import { grabFrame, listCameras, openCamera, stopCamera } from './camera-source';
import type { CardWorkerRequest, CardWorkerResponse } from './card-worker';
import { drawMarks, type MarkKind } from './scan-overlay';

export interface ScanTarget {
	/** The hall quiz's path: one tally per quiz on this device. */
	quizPath: string;
	eventCode: string | undefined;
	questionId: string;
	questionNumber: number;
	letters: readonly string[];
	/** The right letters as projected, kept with the answers so the roster can score them. */
	correctLetters: readonly string[];
	/** Cards 1..n belong to the event; undefined when the quiz runs without an expected list. */
	expectedCards: number | undefined;
	/** The question's show-of-hands fields, filled with the card counts. */
	fieldset: HTMLFieldSetElement;
}

/** Live frames are scaled to 1280 px (the benchmark's frame); photos keep a 12 MP camera's full 4000 px. */
const LIVE_MAX_SIDE = 1280;
const PHOTO_MAX_SIDE = 4096;

function part<T extends Element>(root: ParentNode, name: string): T {
	const element = root.querySelector<T>(`[data-card-scan-${name}]`);
	if (!element) throw new Error(`Card scanner markup lacks [data-card-scan-${name}].`);
	return element;
}

/** Open the scanner dialog for one question. */
export function openCardScanner(dialog: HTMLDialogElement, target: ScanTarget, labels: CardLabels): void {
	const storage = findBrowserStorage();
	const video = part<HTMLVideoElement>(dialog, 'video');
	const overlay = part<HTMLCanvasElement>(dialog, 'overlay');
	const status = part<HTMLElement>(dialog, 'status');
	const detail = part<HTMLElement>(dialog, 'detail');
	const lettersList = part<HTMLElement>(dialog, 'letters');
	const start = part<HTMLButtonElement>(dialog, 'start');
	const stop = part<HTMLButtonElement>(dialog, 'stop');
	const picker = part<HTMLSelectElement>(dialog, 'picker');
	const pickerLabel = part<HTMLElement>(dialog, 'picker-label');
	const photo = part<HTMLInputElement>(dialog, 'photo');
	const still = part<HTMLButtonElement>(dialog, 'still');
	const problem = part<HTMLElement>(dialog, 'problem');
	part<HTMLElement>(dialog, 'title').textContent = formatLabel(labels.dialogTitle, { number: target.questionNumber });
	const eventLine = part<HTMLElement>(dialog, 'event');
	eventLine.hidden = !target.eventCode;
	eventLine.textContent = target.eventCode ? formatLabel(labels.eventLine, { code: target.eventCode }) : '';

	const validCards = target.expectedCards ? new Set(Array.from({ length: target.expectedCards }, (_, index) => index + 1)) : undefined;
	const worker = new Worker(new URL('./card-worker.ts', import.meta.url), { type: 'module' });
	let stream: MediaStream | undefined;
	let sequence = 0;
	let isBusy = false;
	let isLive = false;
	/** The sequence number of the still photo being read, so live frames are not mistaken for it. */
	let stillSequence = -1;
	let steady = createSteadyReader(2);
	let frameScale = 1;
	/** The still photo under the marks; undefined while the camera is live. */
	let photoBackground: HTMLCanvasElement | undefined;
	const controller = new AbortController();
	const { signal } = controller;

	const answersNow = (): QuestionAnswers => loadCardTally(storage).quizzes[target.quizPath]?.answers[target.questionId] ?? {};

	function render(answers: QuestionAnswers): void {
		const answered = Object.keys(answers).length;
		status.textContent = target.expectedCards
			? formatLabel(labels.statusCountExpected, { answered, expected: target.expectedCards })
			: formatLabel(labels.statusCount, { answered });
		const counts = countCardAnswers(answers, { letters: target.letters });
		lettersList.replaceChildren(
			...target.letters.map((letter, index) => {
				const item = document.createElement('li');
				item.textContent = formatLabel(labels.perLetter, { letter, count: counts[index] ?? 0 });
				return item;
			}),
		);
	}

	function store(readings: readonly Pick<CardReading, 'cardNumber' | 'letter'>[]): { answers: QuestionAnswers; added: number; changed: number } {
		const tally = loadCardTally(storage);
		const quiz = tally.quizzes[target.quizPath] ?? { eventCode: target.eventCode, answers: {}, key: {}, updatedAt: '' };
		const merged = mergeReadings(quiz.answers[target.questionId] ?? {}, readings, { letters: target.letters }, validCards);
		quiz.answers[target.questionId] = merged.answers;
		quiz.key[target.questionId] = [...target.correctLetters];
		quiz.eventCode = target.eventCode;
		quiz.updatedAt = new Date().toISOString();
		tally.quizzes[target.quizPath] = quiz;
		saveCardTally(storage, tally);
		fillHandCounts(target.fieldset, merged.answers, target.letters);
		return merged;
	}

	function kindOf(reading: CardReading): MarkKind {
		if (reading.letter === undefined) return 'unclear';
		if (!target.letters.includes(reading.letter) || (validCards && !validCards.has(reading.cardNumber))) return 'ignored';
		return 'counted';
	}

	function handle(readings: CardReading[], isStill: boolean): void {
		const accepted = isStill ? readings : steady(readings);
		const merged = store(accepted);
		render(merged.answers);
		detail.textContent = formatLabel(labels.statusScan, { seen: readings.length, added: merged.added, changed: merged.changed });
		drawMarks(overlay, readings.map((reading) => ({ ...reading, kind: kindOf(reading) })), frameScale, labels.unclear, isStill ? photoBackground : undefined);
	}

	function send(frame: ImageData): void {
		isBusy = true;
		const request: CardWorkerRequest = { frame: { width: frame.width, height: frame.height, data: frame.data }, sequence: ++sequence };
		worker.postMessage(request, [frame.data.buffer]);
	}

	worker.addEventListener('message', (event: MessageEvent<CardWorkerResponse>) => {
		isBusy = false;
		const isStill = event.data.sequence === stillSequence;
		handle(event.data.readings, isStill);
		photo.disabled = false;
		if (isLive) requestAnimationFrame(nextLiveFrame);
	});

	function nextLiveFrame(): void {
		if (!isLive || isBusy || video.readyState < 2 || !video.videoWidth) {
			if (isLive && !isBusy) requestAnimationFrame(nextLiveFrame);
			return;
		}
		const frame = grabFrame(video, video.videoWidth, video.videoHeight, LIVE_MAX_SIDE);
		// Resizing a canvas clears it: only when the camera's size changes, so the last marks stay up.
		if (overlay.width !== video.videoWidth || overlay.height !== video.videoHeight) {
			overlay.width = video.videoWidth;
			overlay.height = video.videoHeight;
		}
		frameScale = video.videoWidth / frame.width;
		send(frame);
	}

	async function startCamera(deviceId?: string): Promise<void> {
		problem.hidden = true;
		stopCamera(stream);
		try {
			stream = await openCamera(deviceId);
		} catch (error) {
			const reason = error instanceof Error ? error.name || error.message : String(error);
			problem.textContent = reason === 'no-camera' ? labels.noCamera : formatLabel(labels.cameraDenied, { reason });
			problem.hidden = false;
			return;
		}
		if (signal.aborted) return stopCamera(stream);
		photoBackground = undefined;
		video.hidden = false;
		video.srcObject = stream;
		await video.play().catch(() => undefined);
		start.hidden = true;
		stop.hidden = false;
		still.hidden = false;
		isLive = true;
		steady = createSteadyReader(2);
		const cameras = await listCameras();
		const current = stream.getVideoTracks()[0]?.getSettings().deviceId;
		picker.replaceChildren(
			...cameras.map((camera, index) => {
				const option = document.createElement('option');
				option.value = camera.deviceId;
				option.textContent = camera.label || `${labels.cameraPicker} ${index + 1}`;
				option.selected = camera.deviceId === current;
				return option;
			}),
		);
		pickerLabel.hidden = cameras.length < 2;
		requestAnimationFrame(nextLiveFrame);
	}

	function stopLive(): void {
		isLive = false;
		stopCamera(stream);
		stream = undefined;
		video.srcObject = null;
		start.hidden = false;
		stop.hidden = true;
		still.hidden = true;
	}

	/** Take a still at the camera's full resolution (ImageCapture where the browser has it). */
	async function takeStill(): Promise<void> {
		const track = stream?.getVideoTracks()[0];
		if (!track) return;
		const Capture = (window as unknown as { ImageCapture?: new (track: MediaStreamTrack) => { takePhoto(): Promise<Blob> } }).ImageCapture;
		let picture: Blob | undefined;
		try {
			picture = Capture ? await new Capture(track).takePhoto() : undefined;
		} catch {
			picture = undefined;
		}
		if (!picture) {
			// Without ImageCapture, the video frame at the size the camera delivers.
			const frame = grabFrame(video, video.videoWidth, video.videoHeight, PHOTO_MAX_SIDE);
			const canvas = document.createElement('canvas');
			canvas.width = frame.width;
			canvas.height = frame.height;
			canvas.getContext('2d')?.putImageData(frame, 0, 0);
			picture = await new Promise<Blob | undefined>((resolve) => canvas.toBlob((blob) => resolve(blob ?? undefined)));
		}
		if (picture) await readPhoto(picture);
	}

	async function readPhoto(file: Blob): Promise<void> {
		stopLive();
		problem.hidden = true;
		try {
			const bitmap = await createImageBitmap(file);
			video.hidden = true;
			const frame = grabFrame(bitmap, bitmap.width, bitmap.height, PHOTO_MAX_SIDE);
			bitmap.close();
			const still = document.createElement('canvas');
			still.width = frame.width;
			still.height = frame.height;
			still.getContext('2d')?.putImageData(frame, 0, 0);
			photoBackground = still;
			overlay.width = frame.width;
			overlay.height = frame.height;
			frameScale = 1;
			drawMarks(overlay, [], 1, labels.unclear, still);
			detail.textContent = labels.readingPhoto;
			photo.disabled = true;
			if (isBusy) await new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }));
			send(frame);
			stillSequence = sequence;
		} catch (error) {
			problem.textContent = formatLabel(labels.photoFailed, { reason: error instanceof Error ? error.message : String(error) });
			problem.hidden = false;
		}
	}

	function close(): void {
		controller.abort();
		stopLive();
		worker.terminate();
		overlay.getContext('2d')?.clearRect(0, 0, overlay.width, overlay.height);
		photoBackground = undefined;
		if (dialog.open) dialog.close();
	}

	start.addEventListener('click', () => void startCamera(), { signal });
	stop.addEventListener('click', stopLive, { signal });
	still.addEventListener('click', () => void takeStill(), { signal });
	picker.addEventListener('change', () => void startCamera(picker.value), { signal });
	photo.addEventListener(
		'change',
		() => {
			const file = photo.files?.[0];
			photo.value = '';
			if (file) void readPhoto(file);
		},
		{ signal },
	);
	part<HTMLButtonElement>(dialog, 'clear').addEventListener(
		'click',
		() => {
			const tally = loadCardTally(storage);
			const quiz = tally.quizzes[target.quizPath];
			if (quiz) {
				delete quiz.answers[target.questionId];
				saveCardTally(storage, tally);
			}
			target.fieldset.querySelectorAll<HTMLInputElement>('[data-hands-input]').forEach((input) => {
				input.value = '';
				input.dispatchEvent(new Event('input', { bubbles: true }));
			});
			overlay.getContext('2d')?.clearRect(0, 0, overlay.width, overlay.height);
			render({});
		},
		{ signal },
	);
	part<HTMLButtonElement>(dialog, 'done').addEventListener('click', close, { signal });
	dialog.addEventListener('close', close, { signal, once: true });
	// Keys typed in the dialog are not deck keys (Esc still closes the dialog itself).
	dialog.addEventListener('keydown', (event) => event.stopPropagation(), { signal });

	problem.hidden = true;
	video.hidden = false;
	detail.textContent = '';
	render(answersNow());
	dialog.showModal();
}
