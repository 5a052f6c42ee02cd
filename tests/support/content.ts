import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { parseContentFile } from '~/lib/content/parse-content-file';

export const ROOT = join(import.meta.dirname, '..', '..');

export interface LoadedEntry<T> {
	id: string;
	file: string;
	data: T;
}

/** Read one YAML file and validate it, as Astro's loader would, with errors naming the file. */
export function loadYamlFile<S extends z.ZodType>(path: string, schema: S): z.output<S> {
	const file = relative(ROOT, path);
	return parseContentFile(schema, parse(readFileSync(path, 'utf8')), file);
}

/** Load every entry of a folder under content/, ids from file names as the glob loader makes them. */
export function loadCollection<S extends z.ZodType>(folder: string, schema: S): LoadedEntry<z.output<S>>[] {
	const dir = join(ROOT, 'content', folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({
			id: name.replace(/\.yaml$/, ''),
			file: `content/${folder}/${name}`,
			data: loadYamlFile(join(dir, name), schema),
		}));
}
