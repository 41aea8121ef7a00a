/**
 * The HTTP edge of the built server, as a probe sees it: broken form bodies, uploads the client
 * abandons, the headers on static files, and request bodies that trickle in too slowly. No
 * browser needed.
 */
import { expect, test } from '@playwright/test';
import { connect, type Socket } from 'node:net';
import { startAppProcess, type AppProcess } from './app-process';
import { E2E_ORIGIN, extraPort } from './port';

const FORM_ACTIONS = ['/team/sign-in?/signIn', '/team/reset?/requestReset', '/ask?/sendRequest'];
const BROKEN_BODIES: [string, string, string][] = [
	[
		'a multipart body cut short',
		'multipart/form-data; boundary=XYZ',
		'--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nsam@exam'
	],
	['a multipart body without a boundary', 'multipart/form-data', 'email=sam@example.org'],
	[
		'a multipart body with a bad part header',
		'multipart/form-data; boundary=XYZ',
		'--XYZ\r\nnonsense\r\n\r\n--XYZ--'
	]
];

test.describe('a form action given a body it cannot read', () => {
	for (const path of FORM_ACTIONS) {
		for (const [what, type, body] of BROKEN_BODIES) {
			test(`${path}: ${what} is a 400`, async ({ request }) => {
				const response = await request.post(path, {
					headers: { origin: E2E_ORIGIN, 'content-type': type },
					data: Buffer.from(body),
					maxRedirects: 0
				});
				expect(response.status()).toBe(400);
			});
		}
	}
});

/** Opens a raw connection, for requests no well-behaved client would send. */
function rawConnection(base: string): Promise<Socket> {
	const { hostname, port } = new URL(base);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname, () => resolve(socket));
		socket.once('error', reject);
	});
}

/** Resolves with what the server sent once it closes the connection, or null after `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<string | null> {
	return new Promise((resolve) => {
		let answer = '';
		socket.on('data', (chunk) => (answer += chunk));
		const timer = setTimeout(() => resolve(null), ms);
		socket.once('close', () => {
			clearTimeout(timer);
			resolve(answer);
		});
	});
}

test.describe('the server process', () => {
	// One server on one port for these tests: in parallel, each worker would start its own.
	test.describe.configure({ mode: 'serial' });
	let app: AppProcess;
	test.beforeAll(async () => {
		// A short limit so the test need not wait 30 seconds; the checks run every second.
		app = await startAppProcess(extraPort(240), { REQUEST_TIMEOUT: '2' });
	});
	test.afterAll(() => app?.stop());

	test('logs no server error for an abandoned upload or a client mistake', async ({ request }) => {
		const socket = await rawConnection(app.base);
		socket.write(
			'POST /team/sign-in?/signIn HTTP/1.1\r\nHost: 127.0.0.1\r\n' +
				`Origin: ${app.base}\r\nContent-Type: multipart/form-data; boundary=XYZ\r\n` +
				'Content-Length: 5000\r\n\r\n--XYZ\r\nContent-Disposition: form-data; name="email"\r\n\r\nab'
		);
		await new Promise((resolve) => setTimeout(resolve, 300));
		socket.destroy();
		const origin = { origin: app.base };
		const json = await request.post(`${app.base}/team/sign-in?/signIn`, {
			headers: { ...origin, 'content-type': 'application/json' },
			data: '{}'
		});
		expect(json.status()).toBe(415);
		const huge = await request.post(`${app.base}/team/sign-in?/signIn`, {
			headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
			data: `email=${'a'.repeat(600_000)}`
		});
		expect(huge.status()).toBe(413);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(app.output()).not.toMatch(/Error/);
	});

	test('cuts off a request body that trickles in slower than the limit', async () => {
		const socket = await rawConnection(app.base);
		socket.write(
			'POST /api/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
				'Idempotency-Key: 2f1c6a8e-5b7d-4c3e-9a1f-0d2e3c4b5a69\r\nContent-Length: 200\r\n\r\n'
		);
		const trickle = setInterval(() => socket.write('{'), 400);
		const started = Date.now();
		const answer = await closedWithin(socket, 8_000);
		clearInterval(trickle);
		socket.destroy();
		expect(answer, 'the connection was still open after 8 s').not.toBeNull();
		expect(answer).toMatch(/^HTTP\/1\.1 408/);
		expect(Date.now() - started).toBeLessThan(4_500);
	});

	test('takes a body that arrives slowly but within the limit', async () => {
		const socket = await rawConnection(app.base);
		const body = JSON.stringify({
			name: 'Slow Phone',
			contact: { method: 'phone', phone: '07700 900123' },
			consent: true
		});
		socket.write(
			'POST /api/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
				'Idempotency-Key: 8d0f8c57-2e0a-4f55-8b8e-6a3c2a1f9b10\r\nConnection: close\r\n' +
				`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`
		);
		for (const part of [body.slice(0, 20), body.slice(20, 40), body.slice(40)]) {
			await new Promise((resolve) => setTimeout(resolve, 400));
			socket.write(part);
		}
		const answer = await closedWithin(socket, 5_000);
		expect(answer).toMatch(/^HTTP\/1\.1 201/);
	});
});

test.describe('static files', () => {
	const SECURITY = {
		'x-content-type-options': 'nosniff',
		'x-frame-options': 'DENY',
		'strict-transport-security': 'max-age=63072000; includeSubDomains'
	};

	test('carry the same protective headers as pages, and stay compressed', async ({ request }) => {
		const page = await request.get('/');
		const html = await page.text();
		const immutable = /_app\/immutable\/[^"]+\.js/.exec(html)?.[0];
		expect(immutable).toBeTruthy();
		// Each with whether the build keeps a brotli copy of it (adapter-node precompresses text).
		for (const [path, isPrecompressed] of [
			[`/${immutable}`, true],
			['/service-worker.js', true],
			['/favicon.svg', true],
			['/manifest.webmanifest', false],
			['/icons/icon-192.png', false]
		] as const) {
			const response = await request.get(path, { headers: { 'accept-encoding': 'br, gzip' } });
			expect(response.status(), path).toBe(200);
			const headers = response.headers();
			expect(headers, path).toMatchObject(SECURITY);
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['referrer-policy'], path).toBe(page.headers()['referrer-policy']);
			if (isPrecompressed) expect(headers['content-encoding'], path).toBe('br');
		}
	});
});
