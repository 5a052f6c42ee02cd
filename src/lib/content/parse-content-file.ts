import type { z } from 'astro/zod';

/** Thrown when a content file does not match its schema; the message names file, field and fix. */
export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[],
	) {
		super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
		this.name = 'ContentError';
	}
}

/** Format a zod issue path as authors write it: questions[3].answer. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((text, key) => {
		if (typeof key === 'number') return `${text}[${key}]`;
		const name = String(key);
		return text ? `${text}.${name}` : name;
	}, '');
}

/** Describe each zod issue as "field: message", with "(berkas)" for issues at the root. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
	return issues.map((issue) => `${formatIssuePath(issue.path) || '(berkas)'}: ${issue.message}`);
}

/** Parse data read from `file` with `schema`, or throw a ContentError that names file and fields. */
export function parseContentFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
	const result = schema.safeParse(data);
	if (!result.success) throw new ContentError(file, describeIssues(result.error.issues));
	return result.data;
}
