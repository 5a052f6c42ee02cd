import type { APIRoute } from 'astro';
import { SITE_URL } from '~/config/site';

/**
 * The site's address for printed links (print.css writes `var(--site-address) attr(href)`): built
 * from SITE_URL, so paper shows the address this build is for. Loaded with media="print", so it
 * never holds up the screen.
 */
export const GET: APIRoute = () =>
	new Response(`:root{--site-address:${JSON.stringify(SITE_URL)}}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
