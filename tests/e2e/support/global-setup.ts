import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasChromium, MISSING_CHROMIUM_MESSAGE } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

/** Serve the built site for the end-to-end tests; `npm test` builds it first. */
export default async function setup(project: TestProject) {
	if (!hasChromium()) throw new Error(MISSING_CHROMIUM_MESSAGE);
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('End-to-end tests run against the built site, and dist/ has none: run "npm run build" first (npm test does).');
	}
	const { url, server } = await startStaticServer(DIST);
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
