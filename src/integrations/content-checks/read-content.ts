/**
 * Read content/ from disk the way authors see it: YAML parsed with the `yaml` package's core
 * schema, so dates stay text and impossible ones reach the schema as written. Every problem is
 * collected (not thrown) with its file, entry and field, so one run lists them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { formatIssuePath } from '../../lib/content/parse-content-file.ts';
import type { ContentProblem } from '../../lib/content/cross-file-rules.ts';

export interface LoadedEntry<T> {
	/** The file name without .yaml, as the glob loader makes ids. */
	id: string;
	/** Path from the project root. */
	file: string;
	data: T;
}

/** Parse YAML text; a syntax error becomes a problem naming the line and column. */
export function parseYamlText(text: string, file: string): { value?: unknown; problem?: ContentProblem } {
	try {
		return { value: parse(text) };
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const where = error.linePos?.[0];
		const at = where ? `baris ${where.line}, kolom ${where.col}` : '(berkas)';
		return { problem: { file, entry: '', field: at, message: `YAML tidak valid: ${error.message.split('\n')[0]}` } };
	}
}

/** The id of the deepest entry along an issue path (a question, term or act), or "". */
function entryAlong(data: unknown, path: readonly PropertyKey[]): string {
	let node = data;
	let entry = '';
	for (const key of path) {
		if (typeof node !== 'object' || node === null) break;
		node = (node as Record<PropertyKey, unknown>)[key];
		const id = (node as { id?: unknown } | null)?.id;
		if (typeof node === 'object' && node !== null && typeof id === 'string') entry = id;
	}
	return entry;
}

/** Validate parsed data with a schema; each issue becomes a problem with its entry and field. */
export function validateWith<S extends z.ZodType>(schema: S, value: unknown, file: string, fileEntry: string): { data?: z.output<S>; problems: ContentProblem[] } {
	const result = schema.safeParse(value);
	if (result.success) return { data: result.data, problems: [] };
	const problems = result.error.issues.map((issue) => ({
		file,
		entry: entryAlong(value, issue.path) || fileEntry,
		field: formatIssuePath(issue.path) || '(berkas)',
		message: issue.message,
	}));
	return { problems };
}

/** Read and validate one YAML file. */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, root: string): { entry?: LoadedEntry<z.output<S>>; problems: ContentProblem[] } {
	const file = relative(root, path);
	const id = path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	const { value, problem } = parseYamlText(readFileSync(path, 'utf8'), file);
	if (problem) return { problems: [problem] };
	const { data, problems } = validateWith(schema, value, file, id);
	return data === undefined ? { problems } : { entry: { id, file, data }, problems };
}

/** Read every YAML file of one folder, sorted by name. */
export function readYamlFolder<S extends z.ZodType>(dir: string, schema: S, root: string): { entries: LoadedEntry<z.output<S>>[]; problems: ContentProblem[] } {
	const entries: LoadedEntry<z.output<S>>[] = [];
	const problems: ContentProblem[] = [];
	for (const name of readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort()) {
		const result = readYamlFile(join(dir, name), schema, root);
		if (result.entry) entries.push(result.entry);
		problems.push(...result.problems);
	}
	return { entries, problems };
}

/** List files below a folder whose names match, depth first, sorted. */
export function listFiles(dir: string, isWanted: (name: string) => boolean): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.sort((a, b) => a.name.localeCompare(b.name))
		.flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), isWanted) : isWanted(entry.name) ? [join(dir, entry.name)] : []));
}

/** The YAML frontmatter block of an MD/MDX file, or undefined when it has none. */
export function frontmatterOf(text: string): string | undefined {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trim() !== '---') return undefined;
	const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
	return end > 0 ? lines.slice(1, end).join('\n') : undefined;
}
