/**
 * The footer's "Simpan untuk dibaca offline": fetches the build's copy list and saves every file
 * into the runtime cache the service worker reads, a few at a time, with progress, cancel and
 * resume (files already saved at their revision are skipped). What it stores is described in
 * src/lib/offline/offline-copy.ts.
 */
import { cacheKeyOf, COPY_CACHE_NAME, COPY_LIST_PATH, COPY_REQUEST_HEADER, COPY_SUMMARY_PATH, REVISION_HEADER } from '~/lib/offline/cache-plan';
import {
	chooseCopyState,
	copyPercent,
	COPY_RECORD_KEY,
	formatBytes,
	isSavedAt,
	parseCopyList,
	parseCopySummary,
	validateCopyRecord,
	type CopyList,
	type CopyRecord,
	type CopySummary,
} from '~/lib/offline/offline-copy';
import { findBrowserStorage, readStored, writeStored } from '~/lib/storage/browser-storage';
import { formatLabel } from '~/lib/text/format-label';

/** Parallel downloads: enough to fill a phone link, few enough to leave room for the reader. */
const CONCURRENT_FETCHES = 4;
/** Write the record after this many files, so a closed tab resumes close to where it stopped. */
const RECORD_EVERY_FILES = 25;

type Phase = 'idle' | 'saving' | 'network-error' | 'quota-error';

/** Fetch one file of the copy past the service worker, which would otherwise cache it twice. */
const fetchCopyFile = (url: string, signal?: AbortSignal) => fetch(url, { headers: { [COPY_REQUEST_HEADER]: '1' }, signal });

const isQuotaError = (error: unknown) => error instanceof DOMException && error.name === 'QuotaExceededError';

/** Drop saved files no longer in this build (old hashed scripts, removed pages). */
async function removeStaleFiles(cache: Cache, list: CopyList): Promise<void> {
	const current = new Set(list.files.map(([url]) => cacheKeyOf(new URL(url, location.href))));
	for (const request of await cache.keys()) if (!current.has(cacheKeyOf(new URL(request.url)))) await cache.delete(request);
}

/** Wire the footer control in root; the markup is OfflineCopy.astro. */
export function startOfflineCopy(root: HTMLElement): void {
	const labels = JSON.parse(root.dataset.labels ?? '{}') as Record<string, string>;
	const text = root.querySelector('p')!;
	const progress = root.querySelector('progress')!;
	const button = root.querySelector<HTMLButtonElement>('button[data-copy-action]')!;
	const storage = findBrowserStorage();
	let record: CopyRecord | undefined = readStored(storage, COPY_RECORD_KEY, validateCopyRecord);
	let summary: CopySummary | undefined;
	let phase: Phase = 'idle';
	let controller: AbortController | undefined;
	const run = { doneBytes: 0, totalBytes: 0, fetchedFiles: 0 };
	const label = (key: string, values: Record<string, string | number> = {}) => formatLabel(labels[key] ?? '', { contents: labels.contents ?? '', ...values });

	const render = () => {
		const state = phase === 'saving' ? 'saving' : chooseCopyState(record, summary);
		root.dataset.copyState = state;
		root.dataset.fetchedFiles = String(run.fetchedFiles);
		progress.hidden = state !== 'saving';
		button.hidden = state === 'complete';
		button.disabled = state !== 'saving' && !navigator.onLine;
		if (state === 'saving') {
			const percent = copyPercent(run.doneBytes, run.totalBytes);
			progress.value = percent;
			text.textContent = label('saving', { percent, done: formatBytes(run.doneBytes), total: formatBytes(run.totalBytes) });
			button.textContent = label('cancel');
			return;
		}
		const size = formatBytes(summary?.bytes ?? record?.totalBytes ?? 0);
		if (state === 'complete' && record) {
			const date = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(record.savedAt ?? Date.now()));
			text.textContent = label('complete', { pages: summary?.pages ?? '', size: formatBytes(record.totalBytes), date });
		} else if (phase === 'quota-error') {
			text.textContent = label('quotaError', { size });
		} else if (phase === 'network-error') {
			text.textContent = label('networkError');
		} else if (state === 'outdated') {
			text.textContent = label('outdated');
		} else if (state === 'partial' && record) {
			text.textContent = label('partial', { done: formatBytes(record.savedBytes), total: formatBytes(record.totalBytes) });
		} else {
			text.textContent = navigator.onLine ? label('none') : label('offlineUnavailable');
		}
		button.textContent =
			state === 'outdated' ? label('update') : state === 'partial' ? label('resume') : summary ? label('saveWithSize', { size }) : label('save');
	};

	const save = async () => {
		controller = new AbortController();
		const { signal } = controller;
		phase = 'saving';
		run.doneBytes = 0;
		run.fetchedFiles = 0;
		render();
		// Ask the browser not to evict the copy under storage pressure; it may say no.
		void navigator.storage?.persist?.().catch(() => false);
		let list: CopyList | undefined;
		let doneFiles = 0;
		const keepRecord = (isComplete: boolean) => {
			if (!list) return;
			record = {
				version: list.version,
				savedFiles: doneFiles,
				savedBytes: run.doneBytes,
				totalFiles: list.files.length,
				totalBytes: run.totalBytes,
				...(isComplete ? { savedAt: new Date().toISOString() } : {}),
			};
			writeStored(storage, COPY_RECORD_KEY, record);
		};
		try {
			const response = await fetchCopyFile(COPY_LIST_PATH, signal);
			list = response.ok ? parseCopyList(await response.json()) : undefined;
			if (!list) throw new TypeError(`${COPY_LIST_PATH} is missing or malformed`);
			const files = list.files;
			run.totalBytes = files.reduce((total, [, bytes]) => total + bytes, 0);
			const cache = await caches.open(COPY_CACHE_NAME);
			let next = 0;
			const saveNext = async () => {
				while (next < files.length && !signal.aborted) {
					const [url, bytes, revision] = files[next++]!;
					const key = cacheKeyOf(new URL(url, location.href));
					const saved = await cache.match(key);
					if (!isSavedAt(saved?.headers.get(REVISION_HEADER), revision)) {
						const fileResponse = await fetchCopyFile(url, signal);
						if (!fileResponse.ok) throw new TypeError(`${url}: HTTP ${fileResponse.status}`);
						const headers = new Headers(fileResponse.headers);
						// The body below is already decoded; a stale encoding header would corrupt it.
						headers.delete('content-encoding');
						headers.delete('content-length');
						headers.set(REVISION_HEADER, revision);
						await cache.put(key, new Response(await fileResponse.blob(), { status: 200, headers }));
						run.fetchedFiles++;
					}
					run.doneBytes += bytes;
					doneFiles++;
					if (doneFiles % RECORD_EVERY_FILES === 0) keepRecord(false);
					render();
				}
			};
			await Promise.all(Array.from({ length: CONCURRENT_FETCHES }, saveNext));
			if (!signal.aborted) {
				keepRecord(true);
				await removeStaleFiles(cache, list);
			}
			phase = 'idle';
		} catch (error) {
			phase = signal.aborted ? 'idle' : isQuotaError(error) ? 'quota-error' : 'network-error';
		}
		if (signal.aborted || phase !== 'idle') keepRecord(false);
		controller = undefined;
		render();
	};

	button.addEventListener('click', () => {
		if (controller) controller.abort();
		else void save();
	});
	window.addEventListener('online', render);
	window.addEventListener('offline', render);
	render();
	root.hidden = false;

	// The size on the button: a few hundred bytes, fetched once the page itself is done.
	const loadSummary = () =>
		fetchCopyFile(COPY_SUMMARY_PATH)
			.then((response) => (response.ok ? response.json() : undefined))
			.then((value: unknown) => {
				summary = parseCopySummary(value);
				if (phase !== 'saving') render();
			})
			.catch(() => undefined);
	if (document.readyState === 'complete') void loadSummary();
	else window.addEventListener('load', () => void loadSummary(), { once: true });
}
