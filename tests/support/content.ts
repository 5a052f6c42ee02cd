import { join } from 'node:path';
import type { z } from 'astro/zod';
import { ContentError } from '~/lib/content/parse-content-file';
import { readYamlFile, readYamlFolder, type LoadedEntry } from '~/integrations/content-checks/read-content';

export type { LoadedEntry };
export const ROOT = join(import.meta.dirname, '..', '..');

/** Throw the problems of one file as a ContentError ("field: message" each), as a failing test should. */
function throwProblems(file: string, problems: readonly { field: string; message: string }[]): never {
	throw new ContentError(file, problems.map(({ field, message }) => `${field}: ${message}`));
}

/** Read one YAML file and validate it with the build's own reader; errors name the file and fields. */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
	const { entry, problems } = readYamlFile(path, schema, ROOT);
	if (!entry) throwProblems(problems[0]?.file ?? path, problems);
	return entry.data;
}

/** Load every entry of a folder under content/, ids from file names as the glob loader makes them. */
export function loadCollection<S extends z.ZodType>(folder: string, schema: S): LoadedEntry<z.output<S>>[] {
	const { entries, problems } = readYamlFolder(join(ROOT, 'content', folder), schema, ROOT);
	if (problems.length > 0) {
		// One file's problems per error, so each message names the file it is about.
		const files = [...new Set(problems.map((problem) => problem.file))];
		if (files.length === 1) throwProblems(files[0]!, problems);
		const errors = files.map((file) => new ContentError(file, problems.filter((problem) => problem.file === file).map(({ field, message }) => `${field}: ${message}`)));
		throw new AggregateError(errors, errors.map((error) => error.message).join('\n'));
	}
	return entries;
}
