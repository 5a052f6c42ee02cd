import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; browser downloads do not work on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const MISSING_CHROMIUM_MESSAGE = `End-to-end tests need Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;

/** Flags that keep headless Chromium off the network and quiet on a closed machine. */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

/** Launch headless Debian Chromium, or fail with one sentence saying how to install it. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
	if (!hasChromium()) throw new Error(MISSING_CHROMIUM_MESSAGE);
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
