import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Generate dist/sw.js with Workbox after the build, so every page, the quiz data inside them and
 * the Pagefind index (its wasm included) are precached with content hashes. Listed after
 * Starlight in astro.config.mjs: build hooks run in order, and Pagefind writes its index in
 * Starlight's hook, so it exists by the time this one runs.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'netralitas:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { count, size, warnings } = await generateSW({
					globDirectory: root,
					swDest: join(root, 'sw.js'),
					globPatterns: ['**/*.{html,css,js,json,svg,ico,png,webmanifest,wasm,pagefind,pf_fragment,pf_index,pf_meta,pf_filter}'],
					globIgnores: ['sw.js'],
					// Pagefind's wasm and the bigger index chunks are well under this; it only guards mistakes.
					maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
					// "/ikrar/kuis/?acara=X" is the cached "/ikrar/kuis/index.html".
					ignoreURLParametersMatching: [/.*/],
					directoryIndex: 'index.html',
					cleanupOutdatedCaches: true,
					// A new version waits until the reader accepts it (see OfflineStatus), so no page
					// changes under a reader mid-quiz; it takes over by itself once all tabs close.
					skipWaiting: false,
					clientsClaim: true,
					inlineWorkboxRuntime: true,
					mode: 'production',
					sourcemap: false,
				});
				for (const warning of warnings) logger.warn(warning);
				logger.info(`service worker precaches ${count} files (${(size / 1024).toFixed(0)} KB)`);
			},
		},
	};
}
