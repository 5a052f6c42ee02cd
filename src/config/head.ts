/** What every page adds to Starlight's <head>: the early text-size script, the app manifest, the printed address. */
import { TEXT_SIZE_EARLY_SCRIPT } from '../lib/reading/text-size.ts';
import { THEME_COLOR } from './site.ts';

/** Inline scripts of our own in <head>, run before first paint; the CSP allows each by its hash. */
export const HEAD_SCRIPTS = [TEXT_SIZE_EARLY_SCRIPT];

export const headEntries = [
	...HEAD_SCRIPTS.map((content) => ({ tag: 'script' as const, content })),
	{ tag: 'link' as const, attrs: { rel: 'manifest', href: '/manifest.webmanifest' } },
	{ tag: 'link' as const, attrs: { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' } },
	{ tag: 'meta' as const, attrs: { name: 'theme-color', content: THEME_COLOR } },
	{ tag: 'link' as const, attrs: { rel: 'stylesheet', href: '/print-address.css', media: 'print' } },
];
