/**
 * QR codes that open where the site is served: a title slide's code is drawn at build time for the
 * build's address (SITE_URL). Opened from another address (a laptop serving the site to a hall,
 * http://192.168.1.20:4321), the code and the printed address are redrawn for this page's own
 * origin, so the phones in that room reach the laptop. The encoder loads only then.
 */
export async function redrawQrCodes(): Promise<void> {
	if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
	const figures = [...document.querySelectorAll<HTMLElement>('[data-qr][data-qr-path]')].filter(
		(figure) => new URL(figure.dataset.qrPath ?? '/', location.origin).href !== figure.dataset.qrUrl,
	);
	if (figures.length === 0) return;
	const { splitDisplayUrl, toQrPath } = await import('~/lib/qr/qr-path');
	for (const figure of figures) {
		const url = new URL(figure.dataset.qrPath ?? '/', location.origin).href;
		const qr = toQrPath(url);
		figure.querySelector('[data-qr-svg]')?.setAttribute('viewBox', `0 0 ${qr.size} ${qr.size}`);
		figure.querySelector('[data-qr-modules]')?.setAttribute('d', qr.d);
		figure.dataset.qrUrl = url;
		const text = figure.querySelector<HTMLElement>('[data-qr-text]');
		text?.replaceChildren(...splitDisplayUrl(url).flatMap((part) => [document.createTextNode(part), document.createElement('wbr')]));
	}
}
