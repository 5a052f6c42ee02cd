/**
 * Build step: hydrate Preact islands with our copy of @astrojs/preact's client renderer
 * (./preact-client/client.js), which drops the renderer's support for signals as props. Upstream
 * loads @preact/signals with import(), so Vite puts its preload helper (880 B gzip) in every
 * island's first load; no island on this site passes a signal, and the copy throws if one does.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const CLIENT_COPY = fileURLToPath(new URL('./preact-client/client.js', import.meta.url));

/** Point the renderer's client entrypoint at the copy without signals. */
export function preactClientWithoutSignals(): AstroIntegration {
	return {
		name: 'netralitas:preact-client',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { resolve: { alias: [{ find: /^@astrojs\/preact\/client\.js$/, replacement: CLIENT_COPY }] } } });
			},
		},
	};
}
