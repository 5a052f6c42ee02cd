import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export { DIST } from '../../dist/support/built-site';

/** Absolute URL of a site path on the local server. */
export function siteUrl(path: string): string {
	return new URL(path, inject('baseUrl')).href;
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** Run axe-core (WCAG 2.x A and AA plus best practices) on the page and return its violations. */
export async function findAxeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, not added as an inline <script>: the site's CSP
	// (rightly) refuses inline scripts it has no hash for, and every test fails on a violation.
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
			rules: { 'label-content-name-mismatch': { enabled: true } },
			// Only violations are read; axe then skips building selectors for every passing node.
			resultTypes: ['violations'],
		});
		return result.violations.map((violation: AxeViolation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			nodes: violation.nodes.map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
		}));
	});
}

/** Wait until every island inside container has hydrated (Astro drops the "ssr" attribute then). */
export async function waitForHydration(container: Locator): Promise<void> {
	await container.locator('astro-island').first().waitFor({ state: 'attached' });
	await container.page().waitForFunction((element) => element?.querySelector('astro-island[ssr]') === null, await container.elementHandle());
}
