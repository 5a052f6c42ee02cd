import { join } from 'node:path';

/** The built site that the dist tests read; `npm test` builds it first. */
export const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');
