import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXED_HEADERS } from '../../src/lib/server/auth/fixed-headers.js';
import { createServer, serverOptionsFromEnv } from './create-server.js';

let server: Server | undefined;
afterEach(
	() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
);

type Handler = Parameters<typeof createServer>[0];

async function listen(handler: Handler, requestTimeout = 30_000): Promise<string> {
	server = createServer(handler, {
		requestTimeout,
		headersTimeout: Math.min(20_000, requestTimeout)
	});
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
	return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

/** Answers as sirv does for a static file: all its headers at once in writeHead. */
const staticFile: Handler = (_req, res) => {
	res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br' });
	res.end('x');
};

describe('createServer', () => {
	it('puts the fixed security headers and a no-framing policy on a static file', async () => {
		const response = await fetch(`${await listen(staticFile)}/_app/immutable/entry/start.js`);
		const headers = Object.fromEntries(response.headers);
		expect(headers).toMatchObject(FIXED_HEADERS);
		expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(headers['content-encoding']).toBe('br');
	});

	it("leaves a page's own policy in place", async () => {
		const page: Handler = (_req, res) => {
			res.setHeader('content-security-policy', "default-src 'self'; frame-ancestors 'none'");
			res.end('<!doctype html>');
		};
		const response = await fetch(await listen(page));
		expect(response.headers.get('content-security-policy')).toBe(
			"default-src 'self'; frame-ancestors 'none'"
		);
		expect(response.headers.get('x-frame-options')).toBe('DENY');
	});

	it('cuts off a body that trickles in slower than the limit with a 408', async () => {
		const reads: Handler = (req, res) => {
			req.resume();
			req.on('end', () => res.end('read'));
		};
		const { port } = new URL(await listen(reads, 600));
		const socket = connect(Number(port), '127.0.0.1');
		socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n');
		const trickle = setInterval(() => socket.write('a'), 100);
		const started = Date.now();
		const answer = await new Promise<string>((resolve) => {
			let text = '';
			socket.on('data', (chunk) => (text += chunk));
			socket.on('close', () => resolve(text));
		});
		clearInterval(trickle);
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(Date.now() - started).toBeLessThan(4_000);
	});

	it('cuts off headers that trickle in slower than their limit', async () => {
		server = createServer(() => {}, { requestTimeout: 5_000, headersTimeout: 600 });
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
		const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
		socket.write('GET / HTTP/1.1\r\n');
		const trickle = setInterval(() => socket.write('X-Slow: a\r\n'), 100);
		const started = Date.now();
		const answer = await new Promise<string>((resolve) => {
			let text = '';
			socket.on('data', (chunk) => (text += chunk));
			socket.on('close', () => resolve(text));
		});
		clearInterval(trickle);
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(Date.now() - started).toBeLessThan(4_000);
	});
});

describe('serverOptionsFromEnv', () => {
	it('defaults to 30 s for a request and 20 s for its headers', () => {
		expect(serverOptionsFromEnv({})).toEqual({ requestTimeout: 30_000, headersTimeout: 20_000 });
	});

	it('reads seconds, keeps the headers limit within the request limit', () => {
		expect(
			serverOptionsFromEnv({
				REQUEST_TIMEOUT: '10',
				HEADERS_TIMEOUT: '15',
				KEEP_ALIVE_TIMEOUT: '4'
			})
		).toEqual({ requestTimeout: 10_000, headersTimeout: 10_000, keepAliveTimeout: 4_000 });
	});

	it.each(['0', '-1', 'soon'])('refuses REQUEST_TIMEOUT=%s with a clear message', (value) => {
		expect(() => serverOptionsFromEnv({ REQUEST_TIMEOUT: value })).toThrow(
			`REQUEST_TIMEOUT must be a number of seconds above 0, not "${value}"`
		);
	});
});
