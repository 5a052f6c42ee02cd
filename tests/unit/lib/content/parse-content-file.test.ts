import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { ContentError, formatIssuePath, parseContentFile } from '~/lib/content/parse-content-file';

describe('formatIssuePath', () => {
	test('writes paths the way authors read them', () => {
		expect(formatIssuePath(['questions', 3, 'answer'])).toBe('questions[3].answer');
		expect(formatIssuePath([])).toBe('');
	});
});

describe('parseContentFile', () => {
	const schema = z.strictObject({ title: z.string() });

	test('returns the parsed data when valid', () => {
		expect(parseContentFile(schema, { title: 'x' }, 'content/a.yaml')).toEqual({ title: 'x' });
	});

	test('throws a ContentError naming the file and the field', () => {
		expect(() => parseContentFile(schema, { title: 1 }, 'content/a.yaml')).toThrow(ContentError);
		expect(() => parseContentFile(schema, { title: 1 }, 'content/a.yaml')).toThrow(/content\/a\.yaml:\n {2}- title: /);
	});

	test('names unknown keys at the root', () => {
		expect(() => parseContentFile(schema, { title: 'x', extra: 1 }, 'b.yaml')).toThrow(/extra/);
	});
});
