// Runs every check `npm test` promises, in order, and ends with one line "N passed, N failed".
// Type check -> build (the end-to-end tests and the search index need dist/) -> every vitest
// project (unit, components, dist, e2e). Exits non-zero when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectTimes } from './support/project-times.mjs';
import { requireChromium, requireJava, requirePdfToText } from './support/prerequisites.mjs';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT = join(ROOT, 'tests', '.output');
const REPORT = join(OUTPUT, 'vitest.json');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

mkdirSync(OUTPUT, { recursive: true });

/** Print the closing line, keep a copy for CI, and exit. */
function finish(passed, failed) {
	const line = `${passed} passed, ${failed} failed`;
	writeFileSync(join(OUTPUT, 'summary.txt'), `${line}\n`);
	console.log(`\n${line}`);
	process.exit(failed > 0 ? 1 : 0);
}

function run(step, command, args) {
	console.log(`\n▶ ${step}: ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' }).status === 0;
}

// Chromium and Java are found, or installed on a Debian machine as root, before anything runs.
const chromium = requireChromium();
const java = requireJava();
const pdfToText = requirePdfToText();
for (const { error } of [chromium, java, pdfToText]) if (error) console.error(error);
if (chromium.error || java.error || pdfToText.error) finish(0, 1);
env.CHROMIUM_PATH = chromium.path;
env.JAVA = java.path;
env.PDFTOTEXT = pdfToText.path;

if (!run('type check', 'npx', ['astro', 'check'])) finish(0, 1);
if (!run('build', 'npx', ['astro', 'build'])) finish(0, 1);

const isVitestOk = run('tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`]);
if (!existsSync(REPORT)) finish(0, 1);
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const failed = report.numFailedTests + (isVitestOk || report.numFailedTests > 0 ? 0 : 1);
printProjectTimes(report);
finish(report.numPassedTests, failed);

/** Print each project's test time (the sum over its files), so a slow project is seen at once. */
function printProjectTimes(report) {
	const times = [...projectTimes(report, ROOT)].map(([project, { seconds }]) => `${project} ${seconds.toFixed(1)} s`);
	console.log(`\nTest time per project (sum over files): ${times.join(', ')}`);
}
