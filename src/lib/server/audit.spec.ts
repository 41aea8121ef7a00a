import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { listAudit, networkOf, recordAudit } from './audit';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

describe('the audit log', () => {
	it('records who, role, action, record, when and from which network', async () => {
		const at = new Date('2026-03-02T10:00:00Z');
		await recordAudit(database.db, {
			actor: { id: 'u1', role: 'link-worker' },
			action: 'request.read',
			record: { type: 'request', id: 'r1' },
			address: '203.0.113.45',
			at
		});
		const [entry] = await listAudit(database.db, { recordId: 'r1' });
		expect(entry).toMatchObject({
			actor_id: 'u1',
			actor_role: 'link-worker',
			action: 'request.read',
			record_type: 'request',
			record_id: 'r1',
			network: '203.0.113.0/24',
			at: at.toISOString()
		});
		expect(entry.address_hash).toMatch(/^[0-9a-f]{32}$/);
		expect(JSON.stringify(entry)).not.toContain('203.0.113.45');
	});

	it('filters by person, action and time, newest first', async () => {
		for (const [actor, action, at] of [
			['u2', 'user.invite', '2026-03-03T09:00:00Z'],
			['u2', 'user.disable', '2026-03-04T09:00:00Z'],
			['u3', 'user.invite', '2026-03-05T09:00:00Z']
		] as const) {
			await recordAudit(database.db, {
				actor: { id: actor, role: 'admin' },
				action,
				at: new Date(at)
			});
		}
		const byU2 = await listAudit(database.db, { actorId: 'u2' });
		expect(byU2.map((e) => e.action)).toEqual(['user.disable', 'user.invite']);
		expect((await listAudit(database.db, { action: 'user.invite' })).length).toBe(2);
		expect((await listAudit(database.db, { action: 'user.' })).length).toBe(3);
		const window = await listAudit(database.db, {
			from: '2026-03-04T00:00:00Z',
			to: '2026-03-05T00:00:00Z'
		});
		expect(window.map((e) => e.action)).toEqual(['user.disable']);
		const [newest] = await listAudit(database.db, {}, { limit: 1 });
		const older = await listAudit(database.db, {}, { before: newest.id });
		expect(older.every((e) => e.id < newest.id)).toBe(true);
	});

	it('cannot be changed or deleted', async () => {
		await expect(
			database.db.updateTable('audit_log').set({ action: 'user.nothing' }).execute()
		).rejects.toThrow(/append-only/);
		await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
		expect((await listAudit(database.db)).length).toBeGreaterThan(0);
	});

	// Every statement that could change or remove an existing entry, in each dialect's words.
	type Way = [string, (id: string) => RawBuilder<unknown>];
	const sqliteOnly: Way[] = [
		[
			'INSERT OR REPLACE',
			(id: string) => sql`insert or replace into audit_log (id, at, action)
			values (${id}, '2026-01-01T00:00:00.000Z', 'user.rewritten')`
		],
		[
			'REPLACE INTO',
			(id: string) => sql`replace into audit_log (id, at, action)
			values (${id}, '2026-01-01T00:00:00.000Z', 'user.rewritten')`
		],
		[
			'INSERT OR REPLACE of its rowid',
			(id: string) => sql`insert or replace into audit_log
			(rowid, id, at, action) select rowid, 'another-id', at, 'user.rewritten' from audit_log
			where id = ${id}`
		],
		[
			'UPDATE OR REPLACE',
			(id: string) => sql`update or replace audit_log
			set action = 'user.rewritten' where id = ${id}`
		]
	];
	const postgresOnly: Way[] = [['TRUNCATE', () => sql`truncate audit_log`]];
	const ways: Way[] = [
		[
			'UPDATE',
			(id: string) => sql`update audit_log set action = 'user.rewritten' where id = ${id}`
		],
		['DELETE', (id: string) => sql`delete from audit_log where id = ${id}`],
		['DELETE of every row', () => sql`delete from audit_log`],
		[
			'INSERT ... ON CONFLICT DO UPDATE',
			(id: string) => sql`insert into audit_log (id, at, action)
			values (${id}, '2026-01-01T00:00:00.000Z', 'user.rewritten')
			on conflict (id) do update set action = excluded.action`
		],
		...(process.env.DATABASE_URL ? postgresOnly : sqliteOnly)
	];

	it.each(ways)('refuses to change an entry by %s', async (_way, statement) => {
		await recordAudit(database.db, { action: 'user.original', record: { type: 'user', id: 'u9' } });
		const [entry] = await listAudit(database.db, { recordId: 'u9' }, { limit: 1 });
		const before = await listAudit(database.db, {}, { limit: 1000 });
		await expect(statement(entry.id).execute(database.db)).rejects.toThrow(/append-only/);
		expect(await listAudit(database.db, {}, { limit: 1000 })).toEqual(before);
	});

	it.skipIf(process.env.DATABASE_URL)(
		'refuses a replace by id from any connection, even one without recursive triggers',
		async () => {
			await recordAudit(database.db, {
				action: 'user.original',
				record: { type: 'user', id: 'u8' }
			});
			const [entry] = await listAudit(database.db, { recordId: 'u8' }, { limit: 1 });
			// As the sqlite3 shell would connect: the trigger in the schema must do it alone.
			await sql`pragma recursive_triggers = off`.execute(database.db);
			try {
				await expect(sqliteOnly[0][1](entry.id).execute(database.db)).rejects.toThrow(
					/append-only/
				);
			} finally {
				await sql`pragma recursive_triggers = on`.execute(database.db);
			}
			expect((await listAudit(database.db, { recordId: 'u8' }))[0]).toEqual(entry);
		}
	);

	it('keeps only the network of an address', () => {
		expect(networkOf('::ffff:192.0.2.33')).toBe('192.0.2.0/24');
		expect(networkOf('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
		expect(networkOf('2001:db8::1')).toBe('2001:db8:0::/48');
		expect(networkOf('::1')).toBe('0:0:0::/48');
	});
});
