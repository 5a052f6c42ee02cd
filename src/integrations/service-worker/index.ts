import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { init as initModuleLexer, parse as parseModule } from 'es-module-lexer';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { classifyDistFile, COPY_LIST_PATH, COPY_SUMMARY_PATH, FALLBACK_PAGE_PATH, urlOfDistFile } from '../../lib/offline/cache-plan.ts';
import { summariseCopyList, type CopyEntry, type CopyList } from '../../lib/offline/offline-copy.ts';

/** Text types a static host compresses; their size on the wire is their gzip size. */
const COMPRESSED_TYPES = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;

export interface ShellEntry {
	url: string;
	/** null for hashed file names, whose URL already changes with their content. */
	revision: string | null;
}

/** Every file under root, as "/"-separated paths relative to it. */
function listDistFiles(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listDistFiles(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name)).split(sep).join('/')],
	);
}

const revisionOf = (content: Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 12);

/** List every file of a complete offline copy of this build, with its size on the wire. */
export function listOfflineCopy(root: string): CopyList {
	const files: CopyEntry[] = [];
	for (const path of listDistFiles(root).sort()) {
		if (!classifyDistFile(path)) continue;
		const content = readFileSync(join(root, path));
		const bytes = COMPRESSED_TYPES.test(path) ? gzipSync(content, { level: 6 }).length : content.length;
		files.push([urlOfDistFile(path), bytes, revisionOf(content)]);
	}
	const version = createHash('sha256')
		.update(files.map(([url, , revision]) => `${url} ${revision}`).join('\n'))
		.digest('hex')
		.slice(0, 12);
	return { version, files };
}

/** The <link> kinds the fallback page needs offline: not "manifest" or "apple-touch-icon" (see below). */
const SHELL_LINK_RELS = new Set(['stylesheet', 'icon', 'modulepreload']);

/**
 * The shell: the fallback page and what it needs to be read offline (stylesheets, the favicon,
 * module scripts and their static imports), read from the built page with a parser. Lazy chunks
 * (the search UI, islands) are left to be cached when used, and so are the install icons and the
 * manifest: the browser fetches them itself and the worker keeps them like any file read, while
 * in the background they would only add 3 KB to a reader's first visit. It holds no content list, so it stays
 * the same size however many pages the site has.
 */
export async function listShell(root: string): Promise<ShellEntry[]> {
	const fallbackFile = join(root, FALLBACK_PAGE_PATH.slice(1));
	const fallbackHtml = readFileSync(fallbackFile);
	const urls = new Set<string>();
	visit(fromHtml(fallbackHtml.toString('utf8')), 'element', (node) => {
		const { href, src, rel, type } = node.properties;
		const rels = Array.isArray(rel) ? rel.map(String) : [];
		if (node.tagName === 'link' && typeof href === 'string' && rels.some((value) => SHELL_LINK_RELS.has(value))) urls.add(href);
		if (node.tagName === 'script' && typeof src === 'string' && type === 'module') urls.add(src);
	});
	const local = [...urls].filter((url) => url.startsWith('/') && !url.startsWith('//')).map((url) => url.split(/[?#]/)[0] ?? url);

	await initModuleLexer;
	const scripts = local.filter((url) => url.endsWith('.js'));
	const seen = new Set(local);
	while (scripts.length > 0) {
		const url = scripts.pop()!;
		const [imports] = parseModule(readFileSync(join(root, url.slice(1)), 'utf8'));
		// Static imports only (`d === -1`); a dynamic import() is a lazy chunk.
		for (const specifier of imports.filter((entry) => entry.d === -1 && entry.n)) {
			const target = posix.resolve(posix.dirname(url), specifier.n!);
			if (!seen.has(target)) {
				seen.add(target);
				scripts.push(target);
			}
		}
	}
	const hashed = (url: string) => url.startsWith('/_astro/');
	return [
		{ url: FALLBACK_PAGE_PATH, revision: revisionOf(fallbackHtml) },
		...[...seen].sort().map((url) => ({ url, revision: hashed(url) ? null : revisionOf(readFileSync(join(root, url.slice(1)))) })),
	];
}

/** Bundle the worker (./worker.ts) with the shell list into root/sw.js; return its byte size. */
async function writeWorker(root: string, shell: ShellEntry[]): Promise<number> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		write: false,
		alias: { '~': fileURLToPath(new URL('../..', import.meta.url)) },
		define: { __SHELL_ENTRIES__: JSON.stringify(shell), 'process.env.NODE_ENV': '"production"' },
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]!.contents;
	writeFileSync(join(root, 'sw.js'), code);
	return code.length;
}

/**
 * Write dist/sw.js (Workbox: the shell precached, everything else cached as read) and the offline
 * copy's list and summary. Listed after Starlight in astro.config.mjs: build hooks run in order,
 * and Pagefind writes its index in Starlight's hook, so the index is in the copy list.
 */
export function serviceWorker(): AstroIntegration {
	return {
		name: 'netralitas:service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const shell = await listShell(root);
				const workerBytes = await writeWorker(root, shell);
				const copy = listOfflineCopy(root);
				writeFileSync(join(root, COPY_LIST_PATH.slice(1)), JSON.stringify(copy));
				const summary = summariseCopyList(copy, (url) => url.endsWith('/') || url.endsWith('.html'));
				writeFileSync(join(root, COPY_SUMMARY_PATH.slice(1)), JSON.stringify(summary));
				logger.info(
					`service worker: ${(workerBytes / 1024).toFixed(1)} KB, shell of ${shell.length} files; offline copy of ${summary.files} files (${(summary.bytes / 1024).toFixed(0)} KB)`,
				);
			},
		},
	};
}
