// `npm run bench:suite [REF]`: the test suite's time per project, this checkout against an earlier
// commit (default f239bc8, the suite before issue 11), run one after the other in the same sitting.
// Each tree is built, then its whole vitest suite runs with a JSON report; time per project is
// the sum over its files, as npm test prints it, plus the wall time of the vitest run.
// The earlier commit is unpacked with `git archive` into a scratch folder, given a hard-linked copy
// of this checkout's node_modules, and `npm install` then brings that to its own lockfile (a few
// packages differ). A benchmark: it prints, never fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectTimes } from '../support/project-times.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const REF = process.argv[2] ?? 'f239bc8';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CI: 'true' };

function run(cwd, command, args) {
	const result = spawnSync(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
	return result.status === 0;
}

/** Build a tree and run its suite; return per-project times, totals and the vitest wall time. */
function measure(label, cwd) {
	console.log(`${label}: building…`);
	if (!run(cwd, 'npx', ['astro', 'build'])) throw new Error(`${label}: astro build failed in ${cwd}`);
	const report = join(cwd, 'tests', '.output', 'suite-bench.json');
	mkdirSync(join(cwd, 'tests', '.output'), { recursive: true });
	console.log(`${label}: running the suite…`);
	const started = performance.now();
	run(cwd, 'npx', ['vitest', 'run', '--reporter=json', `--outputFile=${report}`]);
	const wall = (performance.now() - started) / 1000;
	const json = JSON.parse(readFileSync(report, 'utf8'));
	return { projects: projectTimes(json, cwd), passed: json.numPassedTests, failed: json.numFailedTests, wall };
}

const scratch = mkdtempSync(join(tmpdir(), 'suite-bench-'));
try {
	const archive = spawnSync('sh', ['-c', `git -C "${ROOT}" archive ${REF} | tar -x -C "${scratch}"`], { stdio: 'inherit' });
	if (archive.status !== 0) throw new Error(`git archive ${REF} failed`);
	// Hard links: npm replaces files rather than writing into them, so this checkout's copy stays as it is.
	if (spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(scratch, 'node_modules')], { stdio: 'inherit' }).status !== 0) throw new Error('copying node_modules failed');
	console.log(`${REF}: installing its dependencies…`);
	if (!run(scratch, 'npm', ['install', '--no-audit', '--no-fund'])) throw new Error(`npm install failed for ${REF}`);
	const before = measure(REF, scratch);
	const after = measure('this checkout', ROOT);
	const names = [...new Set([...before.projects.keys(), ...after.projects.keys()])];
	const cell = (entry) => (entry ? `${entry.seconds.toFixed(1)} s (${entry.tests} tests)` : '—');
	console.log(`\n| Project | ${REF} | this checkout |\n|---|---|---|`);
	for (const name of names) console.log(`| ${name} | ${cell(before.projects.get(name))} | ${cell(after.projects.get(name))} |`);
	console.log(`| all, vitest wall time | ${before.wall.toFixed(1)} s, ${before.passed} passed, ${before.failed} failed | ${after.wall.toFixed(1)} s, ${after.passed} passed, ${after.failed} failed |`);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
