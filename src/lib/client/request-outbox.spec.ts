import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './db';
import { addToOutbox, flushOutbox, listOutbox, retryDelayMs, sendOne } from './request-outbox';

const body = { name: 'Sam', contact: { method: 'phone', phone: '07700 900123' }, consent: true };

/** A server that stores each key once, and can fail its first tries in the ways phones meet. */
function server(failures: ('500' | 'network')[] = []) {
	const stored = new Map<string, string>();
	const received: string[] = [];
	const fetch = (async (_url: string, init?: RequestInit) => {
		const failure = failures.shift();
		if (failure === 'network') throw new TypeError('Failed to fetch');
		if (failure === '500') return new Response('oops', { status: 500 });
		const key = new Headers(init?.headers).get('idempotency-key')!;
		received.push(key);
		if (!stored.has(key)) stored.set(key, `WM-${String(stored.size + 1).padStart(5, 'A')}`);
		return Response.json(
			{ reference: stored.get(key), receivedAt: '2026-11-23T09:12:00Z' },
			{ status: 201 }
		);
	}) as typeof globalThis.fetch;
	return { fetch, stored, received };
}

let n = 0;
const name = () => `outbox-test-${++n}`;

describe('the request outbox', () => {
	it('survives a page reload between writing and sending', async () => {
		const dbName = name();
		const before = openDatabase(dbName);
		const written = await addToOutbox(before, body);
		before.close(); // the page goes away before any try

		const after = openDatabase(dbName); // the page is opened again
		const fake = server();
		await flushOutbox(after, { doFetch: fake.fetch });
		const [item] = await listOutbox(after);
		expect(item.key).toBe(written.key);
		expect(item.status).toBe('sent');
		expect(item.reference).toBe(fake.stored.get(written.key));
		expect(item.body).toBeNull(); // the personal details go once the server has them
		expect(fake.received).toEqual([written.key]);
	});

	it('keeps trying through 500s and lost connections, with the same key', async () => {
		const db = openDatabase(name());
		const written = await addToOutbox(db, body);
		const fake = server(['500', 'network', '500']);
		let now = new Date('2026-11-23T09:00:00Z');
		for (let i = 0; i < 3; i++) {
			const due = await flushOutbox(db, { doFetch: fake.fetch, now: () => now });
			expect(due).not.toBeNull();
			now = new Date(due!.getTime() + 1);
		}
		expect((await listOutbox(db))[0].status).toBe('waiting');
		expect(await flushOutbox(db, { doFetch: fake.fetch, now: () => now })).toBeNull();
		const [item] = await listOutbox(db);
		expect(item.status).toBe('sent');
		expect(item.attempts).toBe(3);
		expect(fake.stored.size).toBe(1);
		expect([...fake.stored.keys()]).toEqual([written.key]);
	});

	it('waits for the backoff unless the connection has just come back', async () => {
		const db = openDatabase(name());
		await addToOutbox(db, body);
		const fake = server(['network']);
		const now = new Date();
		await flushOutbox(db, { doFetch: fake.fetch, now: () => now });
		await flushOutbox(db, { doFetch: fake.fetch, now: () => now });
		expect(fake.received).toHaveLength(0);
		await flushOutbox(db, { doFetch: fake.fetch, now: () => now, isEager: true });
		expect(fake.received).toHaveLength(1);
	});

	it('treats a 4xx as final and keeps what to fix', async () => {
		const refuse = (async () =>
			Response.json(
				{ errors: { 'contact.phone': 'Enter a UK phone number' } },
				{ status: 400 }
			)) as typeof fetch;
		const db = openDatabase(name());
		await addToOutbox(db, body);
		await flushOutbox(db, { doFetch: refuse });
		const [item] = await listOutbox(db);
		expect(item.status).toBe('refused');
		expect(item.errors).toEqual({ 'contact.phone': 'Enter a UK phone number' });
		expect(await flushOutbox(db, { doFetch: refuse })).toBeNull();
	});

	it('counts a timeout as a failure to retry', async () => {
		const hang = ((_url: string, init?: RequestInit) =>
			new Promise((_, reject) =>
				init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))
			)) as typeof fetch;
		expect(await sendOne({ key: 'k', body: '{}' }, hang, 20)).toEqual({ kind: 'retry' });
	});

	it('backs off from 2 seconds to at most 5 minutes', () => {
		const middle = () => 0.5;
		expect(retryDelayMs(1, middle)).toBe(2_000);
		expect(retryDelayMs(3, middle)).toBe(8_000);
		expect(retryDelayMs(30, middle)).toBe(300_000);
	});
});
