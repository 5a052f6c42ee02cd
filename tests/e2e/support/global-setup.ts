import type { TestProject } from 'vitest/node';
// Importing the built-site reader also stops the run, with one clear sentence, when dist/ is missing.
import { DIST } from '../../dist/support/built-site';
import { hasChromium, MISSING_CHROMIUM_MESSAGE } from './chromium';
import { startStaticServer } from './static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serve the built site for the end-to-end tests; `npm test` builds it first. */
export default async function setup(project: TestProject) {
	if (!hasChromium()) throw new Error(MISSING_CHROMIUM_MESSAGE);
	const { url, server } = await startStaticServer(DIST);
	project.provide('baseUrl', url);
	return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
