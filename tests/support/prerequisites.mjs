// Finds what the tests need outside node_modules (Chromium for the browser tests, Java for the
// Nu HTML Checker) and, on a Debian machine where we are root, installs Debian's packages itself,
// saying so in one line. Anywhere else it says in one sentence what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first executable named `name` on PATH, or undefined. */
function onPath(name) {
	return (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((path) => existsSync(path));
}

const isDebianRoot = () => existsSync('/etc/debian_version') && process.getuid?.() === 0 && Boolean(onPath('apt-get'));

let hasUpdatedApt = false;

/** Install Debian packages quietly; true when apt-get succeeded. */
function aptInstall(packages) {
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	if (!hasUpdatedApt) {
		if (spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status !== 0) return false;
		hasUpdatedApt = true;
	}
	return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
}

/**
 * Find a tool: `find()` returns its path or undefined. When it is missing, install `debianPackage`
 * on a Debian machine as root, or return the one-sentence `hint` as the error.
 */
function requireTool({ label, find, debianPackage, hint }) {
	const found = find();
	if (found) return { path: found };
	if (!isDebianRoot()) return { error: hint };
	console.log(`${label} not found: installing Debian's ${debianPackage} package with apt-get (once per machine).`);
	if (!aptInstall([debianPackage])) return { error: `Installing ${debianPackage} with apt-get failed; ${hint}` };
	const installed = find();
	return installed ? { path: installed } : { error: hint };
}

/** Chromium: CHROMIUM_PATH when set, else the system's. */
export function requireChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { error: `CHROMIUM_PATH is set to ${fromEnv}, which does not exist: point it at a Chromium binary or unset it.` };
	return requireTool({
		label: 'Chromium',
		find: () => ['/usr/bin/chromium', onPath('chromium'), onPath('chromium-browser')].find((path) => path && existsSync(path)),
		debianPackage: 'chromium',
		hint: 'The browser tests need Chromium: install it (on Debian or Ubuntu, "apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome binary.',
	});
}

/** Java for the Nu HTML Checker: JAVA_HOME's when set, else the one on PATH. */
export function requireJava() {
	return requireTool({
		label: 'Java',
		find: () => [process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java'), onPath('java')].find((path) => path && existsSync(path)),
		debianPackage: 'default-jre-headless',
		hint: 'The HTML check needs Java 11 or newer: install a JRE (on Debian or Ubuntu, "apt-get install default-jre-headless") or set JAVA_HOME.',
	});
}

/** pdftotext (poppler) for reading what Chromium printed to PDF in the print tests. */
export function requirePdfToText() {
	return requireTool({
		label: 'pdftotext',
		find: () => onPath('pdftotext'),
		debianPackage: 'poppler-utils',
		hint: 'The print tests read PDF text with pdftotext: install poppler (on Debian or Ubuntu, "apt-get install poppler-utils").',
	});
}
