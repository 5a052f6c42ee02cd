// Test time per project from a vitest JSON report, the project named by the folder under tests/
// a file sits in (unit, components, dist, e2e). npm test prints it; the suite bench compares it.

/** Map project -> { seconds (sum over its files), tests } for a vitest JSON report made in root. */
export function projectTimes({ testResults }, root) {
	const projects = new Map();
	for (const { name, startTime, endTime, assertionResults } of testResults) {
		const project = name.replace(`${root}/`, '').split('/')[1] ?? '?';
		const entry = projects.get(project) ?? { seconds: 0, tests: 0 };
		entry.seconds += (endTime - startTime) / 1000;
		entry.tests += assertionResults.length;
		projects.set(project, entry);
	}
	return projects;
}
