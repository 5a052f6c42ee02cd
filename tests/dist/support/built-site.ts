import { join } from 'node:path';

/** The built site that tests in tests/dist/ read: run `astro build` first. */
export const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');
