// A static server for the benchmarks that behaves like a production host and can shape its link.
// - Compresses text with gzip, as static hosts do.
// - Sends the cache headers hosts use for an Astro site: hashed files under /_astro/ are immutable
//   for a year; everything else must be revalidated (ETag, 304 Not Modified).
// - Shapes the link here, at the server, because Chromium does not apply CDP throttling to a
//   service worker's requests: one shared downstream rate for all connections, and a round-trip
//   delay before each response starts.
// - Counts the bytes it sends per request (compressed body, as on the wire), so a figure covers
//   everything the browser received: page, lazy chunks, the service worker and its precache.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
// One resolver and one content-type table for every local server: the e2e one is the reference.
import { CONTENT_TYPES, resolveRequest } from '../e2e/support/static-server.ts';


/** Lighthouse's mobile link ("slow 4G"): 1.6 Mbps down, 150 ms round trip. */
export const SLOW_4G = { name: 'slow 4G (1.6 Mbps, 150 ms RTT)', bytesPerSecond: (1.6 * 1_000_000) / 8, rttMs: 150 };
/** An unshaped loopback link, for Lighthouse (which simulates its own) and byte counts. */
export const UNSHAPED = { name: 'unshaped', bytesPerSecond: Infinity, rttMs: 0 };

const CHUNK = 4 * 1024;

/** Serve root on a free loopback port over the given link; `log` lists every response sent. */
export async function startShapedServer(root, link = UNSHAPED) {
	const log = [];
	const bodies = new Map();
	let inFlight = 0;
	// The link is one pipe: each chunk waits until the previous ones have drained.
	let linkFreeAt = 0;
	const sendShaped = async (response, body) => {
		for (let offset = 0; offset < body.length; offset += CHUNK) {
			const chunk = body.subarray(offset, offset + CHUNK);
			if (Number.isFinite(link.bytesPerSecond)) {
				const now = performance.now();
				linkFreeAt = Math.max(linkFreeAt, now) + (chunk.length / link.bytesPerSecond) * 1000;
				await new Promise((resolve) => setTimeout(resolve, Math.max(0, linkFreeAt - now)));
			}
			if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
		}
		response.end();
	};
	const bodyOf = (file, isCompressed) => {
		const key = `${file}:${isCompressed}`;
		if (!bodies.has(key)) {
			const raw = readFileSync(file);
			bodies.set(key, { body: isCompressed ? gzipSync(raw, { level: 6 }) : raw, etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}${isCompressed ? '-gz' : ''}"` });
		}
		return bodies.get(key);
	};

	const server = createServer(async (request, response) => {
		inFlight++;
		response.once('close', () => inFlight--);
		const startedAt = performance.now();
		const url = new URL(request.url ?? '/', 'http://localhost');
		const resolution = resolveRequest(root, url.pathname);
		const file = 'file' in resolution ? resolution.file : undefined;
		const notFound = join(root, '404.html');
		const target = file ?? (existsSync(notFound) ? notFound : undefined);
		if (link.rttMs > 0) await new Promise((resolve) => setTimeout(resolve, link.rttMs));
		if (!target) {
			response.writeHead(404).end('Not found');
			return;
		}
		const type = CONTENT_TYPES[extname(target)] ?? 'application/octet-stream';
		const isCompressed = /^(text\/|application\/(json|xml|manifest))/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const { body, etag } = bodyOf(target, isCompressed);
		const isImmutable = url.pathname.startsWith('/_astro/');
		const headers = {
			'content-type': type,
			'cache-control': isImmutable ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
			etag,
			...(isCompressed ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
		};
		const entry = { path: url.pathname, status: file ? 200 : 404, bytes: 0, startedAt, endedAt: 0, serviceWorker: request.headers['service-worker'] === 'script' };
		log.push(entry);
		if (file && request.headers['if-none-match'] === etag) {
			entry.status = 304;
			response.writeHead(304, headers).end();
			entry.endedAt = performance.now();
			return;
		}
		response.writeHead(entry.status, { ...headers, 'content-length': body.length });
		entry.bytes = body.length;
		await sendShaped(response, body);
		entry.endedAt = performance.now();
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return {
		url: `http://127.0.0.1:${address.port}`,
		log,
		/** Sum what was sent since a mark (an index into log), optionally only matching paths. */
		bytesSince: (mark = 0, filter = () => true) => log.slice(mark).filter((entry) => filter(entry.path)).reduce((total, entry) => total + entry.bytes, 0),
		/** Requests received and not yet answered in full. */
		inFlight: () => inFlight,
		close: () => {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(resolve));
		},
	};
}
