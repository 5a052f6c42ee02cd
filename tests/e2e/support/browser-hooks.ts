import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launchChromium } from './chromium';

/** Chromium reports every Content Security Policy violation on the console with this phrase. */
const CSP_VIOLATION = /Content Security Policy/;

/**
 * One browser per test file and a fresh context (empty storage) per test, or one for the file.
 * Every test fails on a Content Security Policy violation in any page of its context (popups
 * included), so each island state the tests reach is also a CSP check.
 * Returns getters because the objects only exist once the hooks have run.
 */
export function useBrowserPage(
	options: {
		javaScriptEnabled?: boolean;
		viewport?: { width: number; height: number };
		serviceWorkers?: 'allow' | 'block';
		/** More Chromium flags, e.g. a fake camera; a function runs when the browser starts. */
		chromiumArgs?: () => readonly string[];
		/**
		 * One context and page for the whole file, for tests that only visit pages and change
		 * nothing (the axe walk over every page), which spares a new context per visit. Tests that
		 * touch storage need the default, a fresh context each.
		 */
		isContextShared?: boolean;
	} = {},
) {
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;
	const pageErrors: Error[] = [];
	const cspViolations: string[] = [];

	beforeAll(async () => {
		browser = await launchChromium(options.chromiumArgs?.());
	});
	afterAll(async () => {
		await browser?.close();
	});
	const openContext = async () => {
		context = await browser.newContext({
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			viewport: options.viewport ?? { width: 1280, height: 800 },
			locale: 'id-ID',
			reducedMotion: 'reduce',
			// Only the offline tests need the service worker; elsewhere it would precache 3 MB per test.
			serviceWorkers: options.serviceWorkers ?? 'block',
		});
		context.on('console', (message) => {
			if (CSP_VIOLATION.test(message.text())) cspViolations.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
		});
		page = await context.newPage();
		page.on('pageerror', (error) => pageErrors.push(error));
	};
	beforeEach(async () => {
		cspViolations.length = 0;
		pageErrors.length = 0;
		if (!options.isContextShared || !context) await openContext();
	});
	afterEach(async () => {
		if (!options.isContextShared) await context?.close();
		if (cspViolations.length > 0) throw new Error(`Content Security Policy violations:\n${cspViolations.join('\n')}`);
	});

	return { page: () => page, context: () => context, pageErrors: () => pageErrors, cspViolations: () => cspViolations };
}
