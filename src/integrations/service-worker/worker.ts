/// <reference lib="webworker" />
/**
 * The service worker (bundled into dist/sw.js by ./index.ts). It precaches only the shell, at low
 * priority, and caches everything else as the reader opens it; the reader's offline copy is written
 * into the same runtime cache by the footer (src/components/offline/). A URL that is neither saved
 * nor reachable gets the site's own fallback page.
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { cacheKeyOf, COPY_CACHE_NAME, COPY_REQUEST_HEADER, FALLBACK_PAGE_PATH, isImmutableUrl } from '~/lib/offline/cache-plan';

declare const self: ServiceWorkerGlobalScope;
/** Injected by the build: the shell's URLs and revisions. */
declare const __SHELL_ENTRIES__: PrecacheEntry[];

// The shell downloads after the reader's page, and must never compete with it.
addPlugins([{ requestWillFetch: async ({ request }) => new Request(request, { priority: 'low' } as RequestInit) }]);
precacheAndRoute(__SHELL_ENTRIES__, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();
clientsClaim();

/** One key per page or file: "/ikrar/kuis/?acara=X" is the saved "/ikrar/kuis/". */
const keyWithoutQuery: WorkboxPlugin = {
	cacheKeyWillBeUsed: async ({ request }) => cacheKeyOf(new URL(request.url)),
};
const isSameOrigin = (url: URL) => url.origin === self.location.origin;
const isCopyRequest = (request: Request) => request.headers.has(COPY_REQUEST_HEADER);

registerRoute(
	({ request, url }) => request.mode === 'navigate' && isSameOrigin(url) && !isCopyRequest(request),
	new NetworkFirst({ cacheName: COPY_CACHE_NAME, plugins: [keyWithoutQuery] }),
);
registerRoute(
	({ request, url }) => isSameOrigin(url) && isImmutableUrl(url.pathname) && !isCopyRequest(request),
	new CacheFirst({ cacheName: COPY_CACHE_NAME, plugins: [keyWithoutQuery] }),
);
registerRoute(
	({ request, url }) => isSameOrigin(url) && request.method === 'GET' && !isCopyRequest(request) && url.pathname !== '/sw.js',
	new NetworkFirst({ cacheName: COPY_CACHE_NAME, plugins: [keyWithoutQuery] }),
);

// Neither saved nor reachable: a page gets the site's fallback page, anything else a plain error.
setCatchHandler(async ({ request }) => {
	if (request.destination === 'document') return (await matchPrecache(FALLBACK_PAGE_PATH)) ?? Response.error();
	return Response.error();
});

self.addEventListener('message', (event) => {
	// A new version waits until the reader accepts it (see OfflineStatus), so no page changes under
	// a reader mid-quiz; it takes over by itself once every tab is closed.
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
