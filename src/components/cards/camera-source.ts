/** The presenter's camera: open one (the back camera on phones by default), list the others, stop. */

/** Open a camera as a stream; a chosen device wins over the default back camera. */
export async function openCamera(deviceId?: string): Promise<MediaStream> {
	if (!navigator.mediaDevices?.getUserMedia) throw new Error('no-camera');
	return navigator.mediaDevices.getUserMedia({
		audio: false,
		video: {
			...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: 'environment' } }),
			width: { ideal: 1920 },
			height: { ideal: 1080 },
		},
	});
}

/** List the cameras; their names are only known once permission was given. */
export async function listCameras(): Promise<MediaDeviceInfo[]> {
	const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
	return devices.filter((device) => device.kind === 'videoinput');
}

export function stopCamera(stream: MediaStream | undefined): void {
	for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * Copy what a video or picture shows into RGBA pixels, scaled so its longer side is at most
 * `maxSide` (detection time grows with pixels; markers need a few pixels per cell).
 */
export function grabFrame(source: CanvasImageSource & { width?: number; height?: number }, sourceWidth: number, sourceHeight: number, maxSide: number): ImageData {
	const scale = Math.min(1, maxSide / Math.max(sourceWidth, sourceHeight));
	const width = Math.round(sourceWidth * scale);
	const height = Math.round(sourceHeight * scale);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('no-canvas');
	context.drawImage(source, 0, 0, width, height);
	return context.getImageData(0, 0, width, height);
}
