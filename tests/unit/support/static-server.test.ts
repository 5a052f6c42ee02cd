import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer } from '../../e2e/support/static-server';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(root, 'larangan'));
writeFileSync(join(root, 'index.html'), '<title>Beranda</title>');
writeFileSync(join(root, 'larangan', 'index.html'), '<title>Larangan</title>');
writeFileSync(join(root, '404.html'), '<title>404</title>');

let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
	server = await startStaticServer(root);
});
afterAll(() => new Promise<void>((resolve) => server.server.close(() => resolve())));

/** GET a raw path (no URL normalisation on the way) and return status, location and body. */
function get(path: string): Promise<{ status: number; location?: string | undefined; body: string }> {
	const { port } = new URL(server.url);
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path }, (response) => {
			let body = '';
			response.on('data', (chunk) => (body += chunk));
			response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }));
		});
		req.on('error', reject);
		req.end();
	});
}

describe('startStaticServer', () => {
	test('serves a folder index as static hosts do', async () => {
		expect(await get('/larangan/')).toMatchObject({ status: 200, body: '<title>Larangan</title>' });
	});

	test('answers a malformed percent-encoding with 400 and keeps serving', async () => {
		expect((await get('/%E0%A4%A/')).status).toBe(400);
		expect((await get('/')).status).toBe(200);
	});

	test('redirects a doubled slash to the page it names, never the home page', async () => {
		expect(await get('//larangan/')).toMatchObject({ status: 308, location: '/larangan/' });
	});

	test('serves the 404 page for a path that does not exist or climbs out of the root', async () => {
		expect(await get('/tidak-ada/')).toMatchObject({ status: 404, body: '<title>404</title>' });
		expect((await get('/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
	});
});
