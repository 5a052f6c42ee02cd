import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckerLabels } from '~/config/ui-strings';

interface Props {
	labels: CheckerLabels;
	/** Called once per QR code read; the same code seen again within a few seconds is ignored. */
	onScan: (text: string) => void;
}

/** BarcodeDetector exists in some browsers only (Chromium on Android and macOS, for one). */
interface BarcodeDetectorLike {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
declare global {
	interface Window {
		BarcodeDetector?: new (options: { formats: string[] }) => BarcodeDetectorLike;
	}
}

type FrameReader = (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string[]>;

/** The browser's own detector where it has one, else zxing-wasm, loaded only now. */
async function loadReader(): Promise<FrameReader> {
	if (window.BarcodeDetector) {
		const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
		return async (video) => (await detector.detect(video)).map((code) => code.rawValue);
	}
	const { decodeQrFrame } = await import('./qr-decoder');
	return async (video, canvas) => {
		canvas.width = video.videoWidth;
		canvas.height = video.videoHeight;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context || canvas.width === 0) return [];
		context.drawImage(video, 0, 0);
		return decodeQrFrame(context.getImageData(0, 0, canvas.width, canvas.height));
	};
}

const REPEAT_MS = 4000;

/** Scan receipts' QR codes one after another with the device camera; nothing leaves the device. */
export default function ScanPanel({ labels, onScan }: Props) {
	const [isOn, setIsOn] = useState(false);
	const [message, setMessage] = useState('');
	const [count, setCount] = useState(0);
	const videoRef = useRef<HTMLVideoElement>(null);
	const canvasRef = useRef<HTMLCanvasElement>(null);
	const streamRef = useRef<MediaStream | null>(null);
	const lastRef = useRef(new Map<string, number>());

	const stop = () => {
		for (const track of streamRef.current?.getTracks() ?? []) track.stop();
		streamRef.current = null;
		setIsOn(false);
	};
	useEffect(() => stop, []);

	const start = async () => {
		if (!navigator.mediaDevices?.getUserMedia) {
			setMessage(labels.scanUnsupported);
			return;
		}
		try {
			setMessage(labels.scanLoading);
			const [stream, read] = await Promise.all([navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }), loadReader()]);
			streamRef.current = stream;
			setIsOn(true);
			setMessage(labels.scanning);
			const video = videoRef.current!;
			video.srcObject = stream;
			await video.play();
			const look = async () => {
				if (!streamRef.current) return;
				const now = Date.now();
				for (const text of await read(video, canvasRef.current!).catch(() => [])) {
					if (now - (lastRef.current.get(text) ?? 0) < REPEAT_MS) continue;
					lastRef.current.set(text, now);
					setCount((value) => value + 1);
					onScan(text);
				}
				setTimeout(() => void look(), 250);
			};
			void look();
		} catch {
			stop();
			setMessage(labels.scanFailed);
		}
	};

	return (
		<div class="checker-scan">
			<button type="button" class="quiz-button" onClick={() => (isOn ? stop() : void start())}>
				{isOn ? labels.scanStop : labels.scan}
			</button>
			<p class="receipt-honesty" role="status">
				{message} {count > 0 && `${labels.scanned} ${count}.`}
			</p>
			<video ref={videoRef} class="checker-video" hidden={!isOn} muted playsInline aria-label={labels.scanVideo} />
			<canvas ref={canvasRef} hidden />
		</div>
	);
}
