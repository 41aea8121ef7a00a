import { afterAll, describe, expect, it, vi } from 'vitest';
import { v4 as uuid } from 'uuid';
import { openTestDatabase } from '$lib/server/db/test-db';
import { validBody } from '$lib/server/requests/test-helpers';

const opened = openTestDatabase();
vi.mock('$lib/server/db', async (original) => ({
	...(await original<typeof import('$lib/server/db')>()),
	getDatabase: () => opened
}));
vi.mock('$lib/server/requests/notify', () => ({ notifySoon: () => {} }));
const { POST } = await import('./+server');
afterAll(async () => (await opened).close());

function post(body: string | ReadableStream, headers: Record<string, string> = {}) {
	const request = new Request('http://localhost/api/requests', {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
		// Needed by Node for a streamed body.
		...({ duplex: 'half' } as object)
	});
	return POST({ request } as unknown as Parameters<typeof POST>[0]) as Promise<Response>;
}
const withKey = (key = uuid()) => ({ 'idempotency-key': key });

describe('POST /api/requests', () => {
	it('answers 201 with a reference, and the same on a replay', async () => {
		const key = uuid();
		const first = await post(JSON.stringify(validBody()), withKey(key));
		expect(first.status).toBe(201);
		const body = await first.json();
		expect(body).toEqual({
			reference: expect.stringMatching(/^WM-/),
			receivedAt: expect.any(String)
		});
		const again = await post(JSON.stringify(validBody()), withKey(key));
		expect(again.status).toBe(201);
		expect(await again.json()).toEqual(body);
		const rows = await (
			await opened
		).db
			.selectFrom('requests')
			.select('id')
			.where('idempotency_key', '=', key)
			.execute();
		expect(rows).toHaveLength(1);
	});

	it('answers 400 without an Idempotency-Key, or with one that is not a UUID', async () => {
		expect((await post(JSON.stringify(validBody()))).status).toBe(400);
		expect((await post(JSON.stringify(validBody()), withKey('abc'))).status).toBe(400);
	});

	it('answers 400 with field errors', async () => {
		const response = await post(
			JSON.stringify(validBody({ contact: { method: 'phone', phone: '12' } })),
			withKey()
		);
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			errors: { 'contact.phone': 'Enter a UK phone number, like 07700 900123' }
		});
	});

	it('answers 400 to a body that is not JSON', async () => {
		expect((await post('{"name": ', withKey())).status).toBe(400);
	});

	it('answers 409 to a key reused for another body', async () => {
		const key = uuid();
		await post(JSON.stringify(validBody()), withKey(key));
		const response = await post(
			JSON.stringify(validBody({ needs: 'something else' })),
			withKey(key)
		);
		expect(response.status).toBe(409);
	});

	it('answers 413 over 32 KB, declared or streamed', async () => {
		const big = JSON.stringify(validBody({ needs: 'x'.repeat(33 * 1024) }));
		expect((await post(big, withKey())).status).toBe(413);
		const stream = new ReadableStream({
			start(controller) {
				for (let i = 0; i < 40; i += 1)
					controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
				controller.close();
			}
		});
		expect((await post(stream, withKey())).status).toBe(413);
	});

	it('answers 400 with a just-under-limit body that breaks a field rule', async () => {
		const body = JSON.stringify(validBody({ needs: 'x'.repeat(30 * 1024) }));
		const response = await post(body, withKey());
		expect(response.status).toBe(400);
		expect(Object.keys((await response.json()).errors)).toEqual(['needs']);
	});
});
