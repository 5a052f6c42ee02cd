import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** Content types by file extension, as static hosts send them (shared with the benchmark's shaped server). */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};

/** What a request path asks for: a file to serve, a redirect to the canonical path, or a bad request. */
export type Resolution = { file: string | undefined } | { redirect: string } | { badRequest: string };

/** Resolve a URL path to a file in root the way static hosts do: "/a/" -> "/a/index.html". */
export function resolveRequest(root: string, url: string): Resolution {
	const [rawPath = '/', query] = url.split('?');
	// "//larangan/" is not the home page, nor a page whose relative links work: send it to "/larangan/".
	if (/\/\/+/.test(rawPath)) return { redirect: rawPath.replace(/\/\/+/g, '/') + (query === undefined ? '' : `?${query}`) };
	let decoded: string;
	try {
		decoded = decodeURIComponent(rawPath);
	} catch {
		return { badRequest: `malformed percent-encoding in ${rawPath}` };
	}
	const candidate = normalize(join(root, decoded));
	if (candidate !== root && !candidate.startsWith(`${root}${sep}`)) return { file: undefined };
	if (existsSync(candidate) && statSync(candidate).isFile()) return { file: candidate };
	const index = join(candidate, 'index.html');
	return { file: existsSync(index) ? index : undefined };
}

/** Serve a built site from root on a free loopback port, as any static host would. */
export async function startStaticServer(root: string): Promise<{ url: string; server: Server }> {
	const server = createServer((request, response) => {
		const resolution = resolveRequest(root, request.url ?? '/');
		if ('redirect' in resolution) {
			response.writeHead(308, { location: resolution.redirect }).end();
			return;
		}
		if ('badRequest' in resolution) {
			response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Bad request: ${resolution.badRequest}`);
			return;
		}
		const { file } = resolution;
		const notFound = join(root, '404.html');
		const target = file ?? (existsSync(notFound) ? notFound : undefined);
		if (!target) {
			response.writeHead(404).end('Not found');
			return;
		}
		const type = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
		// Compress text as static hosts do, so measured transfer sizes match production.
		const isCompressed = /^(text\/|application\/(json|xml|manifest))/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(file ? 200 : 404, {
			'content-type': type,
			'cache-control': 'no-store',
			...(isCompressed ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
		});
		const body = createReadStream(target);
		(isCompressed ? body.pipe(createGzip()) : body).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server has no port');
	return { url: `http://127.0.0.1:${address.port}`, server };
}
