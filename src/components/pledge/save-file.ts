/** Hand a file to the browser's download; the object URL is released once the click has run. */
export function saveFile(blob: Blob, fileName: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
