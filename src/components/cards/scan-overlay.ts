/**
 * Marks on the camera picture: every card read this frame, outlined and labelled with its letter
 * and number. Green counts, amber is a card held too askew to tell, grey is a card that does not
 * count here (not on the event's list, or C/D on a Boleh/Tidak boleh question).
 */
import type { CardReading } from '~/lib/cards/card-answer';

export type MarkKind = 'counted' | 'unclear' | 'ignored';

const COLOURS: Record<MarkKind, string> = { counted: '#1fd16b', unclear: '#ffb000', ignored: '#9aa0a6' };

/** Draw the marks for one frame; `scale` maps frame pixels to the overlay's pixels. */
export function drawMarks(
	canvas: HTMLCanvasElement,
	readings: readonly (CardReading & { kind: MarkKind })[],
	scale: number,
	unclearLabel: string,
	background?: CanvasImageSource,
): void {
	const context = canvas.getContext('2d');
	if (!context) return;
	context.clearRect(0, 0, canvas.width, canvas.height);
	// A still photo is drawn under its marks; live marks sit over the video element.
	if (background) context.drawImage(background, 0, 0, canvas.width, canvas.height);
	const line = Math.max(2, canvas.width / 400);
	for (const reading of readings) {
		const colour = COLOURS[reading.kind];
		context.strokeStyle = colour;
		context.lineWidth = line;
		context.beginPath();
		reading.corners.forEach((corner, index) => {
			if (index === 0) context.moveTo(corner.x * scale, corner.y * scale);
			else context.lineTo(corner.x * scale, corner.y * scale);
		});
		context.closePath();
		context.stroke();
		const size = Math.max(14, reading.side * scale * 0.6);
		context.font = `700 ${size}px system-ui, sans-serif`;
		context.textAlign = 'center';
		context.textBaseline = 'middle';
		const label = reading.letter ?? unclearLabel;
		const x = reading.center.x * scale;
		const y = reading.center.y * scale;
		context.lineWidth = size / 5;
		context.strokeStyle = '#000';
		context.strokeText(label, x, y);
		context.fillStyle = colour;
		context.fillText(label, x, y);
		context.font = `600 ${size * 0.45}px system-ui, sans-serif`;
		context.lineWidth = size / 10;
		context.strokeText(String(reading.cardNumber), x, y + size * 0.75);
		context.fillStyle = '#fff';
		context.fillText(String(reading.cardNumber), x, y + size * 0.75);
	}
}
