/**
 * Reading a file adapted from a dependency (CONVENTIONS 25): a three-line header saying where it
 * comes from, then upstream's text with each change inside a marked block that quotes what upstream
 * had there. Undoing the blocks must give upstream back byte for byte.
 */

/** One marked change; group 1 is upstream's text as a JSON string, group 2 ours. */
export const MARKED_CHANGE = /\/\* netralitas change: [^;]+; upstream: ("(?:[^"\\]|\\.)*") \*\/\n([\s\S]*?)\n\/\* end netralitas change \*\//g;

/** Undo the marked changes and drop the three-line header: what is left should be upstream. */
export function restoreUpstream(copy: string): string {
	const body = copy.split('\n').slice(3).join('\n');
	return body.replace(MARKED_CHANGE, (_, original: string) => JSON.parse(original) as string);
}
