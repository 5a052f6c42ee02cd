/**
 * The search button and dialog in the browser: Starlight's <site-search> element (0.42), with the
 * changes marked "Netralitas:" and listed at the top of Search.astro: Pagefind's UI loaded when the
 * search first opens, the engine warmed up on the first pointer or focus and run without a worker,
 * an early input the reader types into (preloading the index) until the UI takes over, and queries
 * normalised into the site's words and searched 150 ms after the last key.
 */
// @ts-expect-error Starlight's virtual modules are typed only inside Starlight itself.
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
// Netralitas: queries are rewritten into the site's words before Pagefind sees them.
import { normaliseSearchQuery } from '~/lib/search/normalise-query';

class SiteSearch extends HTMLElement {
	loadSearchUi: () => Promise<void> = async () => undefined;
	loadSearchEngine: () => Promise<void> = async () => undefined;
	constructor() {
		super();
		const openBtn = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
		const closeBtn = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
		const dialog = this.querySelector('dialog')!;
		const dialogFrame = this.querySelector('.dialog-frame')!;

		/** Close the modal if a user clicks on a link or outside of the modal. */
		const onClick = (event: MouseEvent) => {
			const isLink = 'href' in (event.target || {});
			if (
				isLink ||
				(document.body.contains(event.target as Node) &&
					!dialogFrame.contains(event.target as Node))
			) {
				closeModal();
			}
		};

		const openModal = (event?: MouseEvent) => {
			void this.loadSearchUi();
			void this.loadSearchEngine();
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector('input')?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};

		const closeModal = () => dialog.close();

		openBtn.addEventListener('click', openModal);
		// Netralitas: the early input searches as the reader types; Enter must not reload the page.
		this.querySelector('[data-search-early] form')?.addEventListener('submit', (event) => event.preventDefault());
		// Netralitas: start everything the first search needs as soon as the reader reaches for it.
		const warmUp = () => {
			for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focus']) openBtn.removeEventListener(type, warmUp);
			void this.loadSearchUi();
			void this.loadSearchEngine();
		};
		for (const type of ['pointerenter', 'pointerdown', 'touchstart', 'focus']) openBtn.addEventListener(type, warmUp, { passive: true });
		openBtn.disabled = false;
		closeBtn.addEventListener('click', closeModal);

		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});

		// Listen for `ctrl + k` and `cmd + k` keyboard shortcuts.
		window.addEventListener('keydown', (e) => {
			if ((e.metaKey === true || e.ctrlKey === true) && e.key === 'k') {
				dialog.open ? closeModal() : openModal();
				e.preventDefault();
			}
		});

		let translations = {};
		try {
			translations = JSON.parse(this.dataset.translations || '{}');
		} catch {}

		const shouldStrip = this.dataset.stripTrailingSlash !== undefined;
		const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
		const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;

		// Netralitas: Pagefind's UI later imports this same module URL, so it finds the engine
		// already starting (its wasm and metadata requests in flight) and reuses it.
		const bundlePath = import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/';
		let isEngineLoaded = false;
		let engine: { preload(term: string): Promise<unknown> } | undefined;
		this.loadSearchEngine = async () => {
			if (isEngineLoaded || import.meta.env.DEV) return;
			isEngineLoaded = true;
			const pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`).catch(() => undefined);
			engine = pagefind;
			// Search on the page's own thread: Pagefind's worker is one more script (12 KB) to fetch
			// before the index can even be asked for, a round trip a slow phone link feels on the
			// first search, and this index is small enough to search without one.
			await pagefind?.options({ noWorker: true });
			await pagefind?.init();
			// The UI asks for the filter list first thing; fetch it now too.
			await pagefind?.filters();
		};

		// Netralitas: while Pagefind's UI is still loading, what the reader types into the early input
		// already fetches its part of the index, so the first search does not wait for it afterwards.
		this.querySelector<HTMLInputElement>('[data-search-early] input')?.addEventListener('input', (event) => {
			const term = normaliseSearchQuery((event.target as HTMLInputElement).value);
			if (term) void engine?.preload(term).catch(() => undefined);
		});

		// Netralitas: load Pagefind's UI the first time the search opens, not on every page.
		let isUiLoaded = false;
		this.loadSearchUi = async () => {
			if (isUiLoaded || import.meta.env.DEV) return;
			isUiLoaded = true;
			// @ts-expect-error — Missing types for @pagefind/default-ui package.
			const { PagefindUI } = await import('@pagefind/default-ui');
			const early = this.querySelector<HTMLElement>('[data-search-early]');
			const ui = new PagefindUI({
				...pagefindUserConfig,
				element: '#starlight__search',
				baseUrl: import.meta.env.BASE_URL,
				bundlePath,
				showImages: false,
				translations,
				showSubResults: true,
				// Netralitas: search 150 ms after the last keystroke, not Pagefind's 300 ms: on a slow
				// phone link the first result already waits on the network, and the index is small
				// enough that an extra search while someone types costs nothing they notice.
				debounceTimeoutMs: 150,
				// Netralitas: see normaliseSearchQuery.
				processTerm: normaliseSearchQuery,
				processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {
					result.url = formatURL(result.url);
					result.sub_results = result.sub_results.map((sub_result) => {
						sub_result.url = formatURL(sub_result.url);
						return sub_result;
					});
				},
			});
			// Netralitas: hand what the reader typed so far, and the focus, to Pagefind's own input.
			const earlyInput = early?.querySelector('input');
			const typed = earlyInput?.value ?? '';
			const hadFocus = document.activeElement === earlyInput;
			early?.remove();
			const input = this.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
			if (typed) ui.triggerSearch(typed);
			if (hadFocus || dialog.open) {
				input?.focus();
				requestAnimationFrame(() => input?.setSelectionRange(input.value.length, input.value.length));
			}
		};
	}
}
customElements.define('site-search', SiteSearch);
