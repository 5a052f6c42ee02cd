/**
 * The Content Security Policy, through Astro's own support (`security.csp`): Astro hashes the
 * scripts and styles it bundles, src/integrations/inline-script-hashes.ts the inline scripts it
 * does not, so no directive needs 'unsafe-inline'. Delivered as a <meta> element,
 * which cannot carry frame-ancestors or report-uri; a host that can send headers should add those.
 * tests/e2e/csp.test.ts loads every page and island state and fails on any violation.
 */
import type { AstroUserConfig } from 'astro';
import { hashForCsp, hashInlineScripts } from '../integrations/inline-script-hashes.ts';
import { HEAD_SCRIPTS } from './head.ts';

/**
 * The only inline `style` attributes the built pages carry, all from Starlight's components (its
 * table of contents, icons, theme picker, and the search dialog of our adapted copy). Allowing them
 * one by one ('unsafe-hashes' with their hashes) keeps style-src-attr closed to anything injected.
 */
export const ALLOWED_STYLE_ATTRIBUTES = [
	'--depth: 0;',
	'--depth: 1;',
	'--depth: 2;',
	'--sl-icon-size: 1em;',
	'--sl-icon-size: 1rem;',
	'--sl-icon-size: 1.25rem;',
	'--sl-icon-size: 1.333em;',
	'--sl-icon-size: 1.5rem;',
	'--sl-select-width: 6.25em',
	'display: none;',
	'padding:0',
] as const;


type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspConfig = {
	algorithm: 'SHA-256',
	directives: [
		"default-src 'self'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"font-src 'self'",
		// blob: for the XLSX export: write-excel-file zips through fflate, which compresses a sheet
		// over 160 KB (a roster of about 800 or more) in a worker it starts from a blob: URL of its
		// own code. Scripts stay limited by script-src, so only our own code can start one.
		"worker-src 'self' blob:",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	],
	scriptDirective: {
		// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not JavaScript eval).
		resources: ["'self'", "'wasm-unsafe-eval'"],
		hashes: [...HEAD_SCRIPTS.map(hashForCsp), ...hashInlineScripts()],
	},
	styleDirective: {
		resources: ["'self'", { resource: "'unsafe-hashes'", kind: 'attribute' }],
		hashes: ALLOWED_STYLE_ATTRIBUTES.map((value) => ({ hash: hashForCsp(value), kind: 'attribute' as const })),
	},
};
