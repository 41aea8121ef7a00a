import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v4 as uuid } from 'uuid';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { REFERENCE_PATTERN } from './reference';
import { submitRequest } from './submit';
import { validBody } from './test-helpers';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

const rowsWithKey = (key: string) =>
	database.db.selectFrom('requests').selectAll().where('idempotency_key', '=', key).execute();

describe('submitRequest', () => {
	it('stores a request and answers with a reference', async () => {
		const key = uuid();
		const result = await submitRequest(database, key, validBody(), {
			now: new Date('2026-11-23T09:12:00.456Z')
		});
		expect(result).toMatchObject({ kind: 'created', receivedAt: '2026-11-23T09:12:00Z' });
		expect(result.kind === 'created' && result.reference).toMatch(REFERENCE_PATTERN);
		const [row] = await rowsWithKey(key);
		expect(row).toMatchObject({
			name: 'Sam Example',
			phone: '07700900123',
			status: 'new',
			pcn_id: 'U00001',
			practice: 'A00001'
		});
	});

	it('gives the same reference for the same key and stores one row', async () => {
		const key = uuid();
		const first = await submitRequest(database, key, validBody());
		const again = await submitRequest(database, key, validBody());
		expect(again).toMatchObject({
			kind: 'replayed',
			reference: (first as { reference: string }).reference
		});
		expect(await rowsWithKey(key)).toHaveLength(1);
	});

	it('stores one row when the same key arrives many times at once', async () => {
		const key = uuid();
		const results = await Promise.all(
			Array.from({ length: 8 }, () => submitRequest(database, key, validBody()))
		);
		const references = new Set(results.map((r) => (r as { reference: string }).reference));
		expect(references.size).toBe(1);
		expect(await rowsWithKey(key)).toHaveLength(1);
	});

	it('stores a burst of requests, each once, mixed with replays of the same keys', async () => {
		const keys = Array.from({ length: 40 }, () => uuid());
		const results = await Promise.all(
			[...keys, ...keys.slice(0, 10)].map((key) => submitRequest(database, key, validBody()))
		);
		expect(results.every((r) => r.kind === 'created' || r.kind === 'replayed')).toBe(true);
		for (const key of keys) expect(await rowsWithKey(key)).toHaveLength(1);
		const references = new Set(results.map((r) => (r as { reference: string }).reference));
		expect(references.size).toBe(keys.length);
	});

	it('treats the key case-insensitively and key order in the body as the same body', async () => {
		const key = uuid();
		await submitRequest(database, key, validBody());
		const { name, ...rest } = validBody();
		expect((await submitRequest(database, key.toUpperCase(), { ...rest, name })).kind).toBe(
			'replayed'
		);
	});

	it('refuses the same key with a different body', async () => {
		const key = uuid();
		await submitRequest(database, key, validBody());
		expect((await submitRequest(database, key, validBody({ name: 'Someone Else' }))).kind).toBe(
			'conflict'
		);
		expect(await rowsWithKey(key)).toHaveLength(1);
	});

	it.each([null, '', 'not-a-uuid'])('refuses a missing or malformed key: %j', async (key) => {
		expect((await submitRequest(database, key, validBody())).kind).toBe('bad-key');
	});

	it('stores nothing for an invalid body', async () => {
		const key = uuid();
		const result = await submitRequest(database, key, validBody({ consent: false }));
		expect(result).toMatchObject({ kind: 'invalid', errors: { consent: expect.any(String) } });
		expect(await rowsWithKey(key)).toHaveLength(0);
	});

	it.each([
		['A00001', 'U00001'],
		['A00007', 'U00002'],
		['P84001', 'U00001'],
		[null, 'U00001']
	])('routes practice %s to PCN %s', async (practice, pcn) => {
		const result = await submitRequest(database, uuid(), validBody({ practice }));
		expect(result).toMatchObject({ pcnId: pcn });
	});

	it('keeps the shared profile and writes an audit entry without personal data', async () => {
		const key = uuid();
		const profile = { categories: ['meeting-people'], text: 'knitting' };
		await submitRequest(database, key, validBody({ profile, source: 'qr' }));
		const [row] = await rowsWithKey(key);
		expect(JSON.parse(row.profile ?? 'null')).toMatchObject(profile);
		const audit = await database.db
			.selectFrom('audit_log')
			.selectAll()
			.where('record_id', '=', row.id)
			.execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({
			action: 'request.create',
			actor_id: null,
			detail: 'source qr'
		});
		expect(JSON.stringify(audit[0])).not.toMatch(/Sam|07700|knitting/);
	});
});
