import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { DIST } from './support/built-site';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));

interface VnuMessage {
	type: string;
	url: string;
	message: string;
	extract?: string;
}

/**
 * Errors that come from Starlight's own markup, not ours, each with its reason. Anything else fails.
 * Starlight's SidebarPersister puts aria-hidden on two inline scripts on purpose, to work around a
 * Safari/VoiceOver bug (see the comment in @astrojs/starlight/components/SidebarPersister.astro).
 */
const UPSTREAM_ERRORS = [{ message: /“aria-hidden” attribute must not be specified on the “script” element/, extract: /<script aria-hidden="true">/ }];
// The checker's extract is cut at a fixed width, so the script body is not always in it; no source
// file of ours writes aria-hidden on a script (grep src), so the tag alone identifies Starlight's.

describe('HTML yang valid', () => {
	test('the Nu HTML Checker finds no errors in our own markup on any built page', () => {
		// npm test finds or installs Java and passes its path; `java` on PATH otherwise.
		const javaPath = process.env.JAVA ?? 'java';
		const java = spawnSync(javaPath, ['-version']);
		if (java.error) throw new Error('The HTML check needs Java: run it through "npm test", which finds or installs it.');
		const result = spawnSync(javaPath, ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		const messages = (JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] }).messages;
		const ours = messages.filter(
			(message) => !UPSTREAM_ERRORS.some((known) => known.message.test(message.message) && known.extract.test(message.extract ?? '')),
		);
		expect(ours.map((message) => `${message.url.replace(`file:${DIST}`, '')}: ${message.message}`)).toEqual([]);
	}, 300_000);
});
