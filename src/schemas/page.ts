import { z } from 'astro/zod';
import { IsoDateSchema } from './shared';

/** Frontmatter this site adds to Starlight's: when a page's legal content was last checked. */
export const PageFrontmatterSchema = z.object({
	lastChecked: IsoDateSchema.optional(),
});
