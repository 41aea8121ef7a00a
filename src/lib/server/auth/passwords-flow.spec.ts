import type { Kysely, KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tables } from '$lib/server/db/schema';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { listOutbox } from '$lib/server/mail';
import { changePassword, completeReset, requestReset } from './passwords-flow';
import { createSession, resolveSession } from './sessions';
import { signIn } from './sign-in';
import { HOURS, MINUTES, PASSWORD, TestClock, makeUser } from './test-helpers';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

const ORIGIN = 'http://localhost:3000';
const NEW_PASSWORD = 'lunch club on a tuesday';

async function latestResetToken(to: string): Promise<string> {
	const mail = (await listOutbox(database.db)).find((m) => m.to === to);
	const link = /\/team\/reset\/([\w-]+)/.exec(mail?.body ?? '');
	if (!link) throw new Error('no reset mail');
	return link[1];
}

/** The SQL of every statement run through the returned handle, in order. */
function recordingStatements(db: Kysely<Tables>) {
	const statements: string[] = [];
	const plugin: KyselyPlugin = {
		transformQuery: ({ node, queryId }) => {
			statements.push(db.getExecutor().compileQuery(node, queryId).sql);
			return node;
		},
		transformResult: async ({ result }) => result
	};
	return { db: db.withPlugin(plugin), statements };
}

describe('password reset', () => {
	it('sends a single-use link that ends every session', async () => {
		const user = await makeUser(database.db, 'link-worker', ['U00001']);
		const { token: session } = await createSession(database.db, user.id, 'full');
		expect(await requestReset(database.db, user.email, { origin: ORIGIN })).toEqual({
			kind: 'requested'
		});
		const token = await latestResetToken(user.email);
		expect(await completeReset(database.db, token, NEW_PASSWORD)).toBe('reset');
		expect(await completeReset(database.db, token, 'yet another password')).toBe('invalid-link');
		expect(await resolveSession(database.db, session)).toBeNull();
		expect((await signIn(database.db, user.email, NEW_PASSWORD)).kind).toBe('signed-in');
		expect((await signIn(database.db, user.email, PASSWORD)).kind).toBe('invalid');
	});

	it('stops working after an hour', async () => {
		const clock = new TestClock();
		const user = await makeUser(database.db, 'vcse-editor', ['org-1']);
		await requestReset(database.db, user.email, { origin: ORIGIN, now: clock.now() });
		const token = await latestResetToken(user.email);
		clock.advance(61 * MINUTES);
		expect(await completeReset(database.db, token, NEW_PASSWORD, { now: clock.now() })).toBe(
			'invalid-link'
		);
	});

	it('answers the same for an unknown address and sends nothing', async () => {
		const before = (await listOutbox(database.db)).length;
		expect(await requestReset(database.db, 'nobody@example.org', { origin: ORIGIN })).toEqual({
			kind: 'requested'
		});
		expect((await listOutbox(database.db)).length).toBe(before);
	});

	it('runs the same database statements for a known and an unknown account', async () => {
		const user = await makeUser(database.db, 'link-worker', ['U00001']);
		const { db, statements } = recordingStatements(database.db);
		// Warms the per-connection caches (the address key), so both runs start alike.
		await requestReset(db, 'warm-up@example.org', { origin: ORIGIN, address: '192.0.2.60' });
		const run = async (email: string, address: string) => {
			statements.length = 0;
			await requestReset(db, email, { origin: ORIGIN, address });
			return [...statements];
		};
		const known = await run(user.email, '192.0.2.61');
		const unknown = await run('nobody.at.all@example.org', '192.0.2.62');
		expect(known.length).toBeGreaterThan(0);
		expect(unknown).toEqual(known);
	});

	it('slows down repeated requests for one account and one address', async () => {
		const clock = new TestClock();
		const user = await makeUser(database.db, 'admin');
		const meta = { origin: ORIGIN, address: '192.0.2.10' };
		for (let i = 0; i < 3; i++) {
			const result = await requestReset(database.db, user.email, { ...meta, now: clock.now() });
			expect(result.kind).toBe('requested');
		}
		const fourth = await requestReset(database.db, user.email, { ...meta, now: clock.now() });
		expect(fourth.kind).toBe('requested');
		const fifth = await requestReset(database.db, user.email, { ...meta, now: clock.now() });
		expect(fifth.kind).toBe('throttled');
		clock.advance(2 * HOURS);
		expect((await requestReset(database.db, user.email, { ...meta, now: clock.now() })).kind).toBe(
			'requested'
		);
	});
});

describe('changing a password', () => {
	it('needs the current password and keeps only the session in use', async () => {
		const user = await makeUser(database.db, 'link-worker', ['U00002']);
		const here = await createSession(database.db, user.id, 'full');
		const elsewhere = await createSession(database.db, user.id, 'full');
		expect(await changePassword(database.db, user.id, 'wrong password!', NEW_PASSWORD)).toBe(
			'wrong-password'
		);
		expect(await changePassword(database.db, user.id, PASSWORD, 'qwertyuiop12')).toBe('common');
		expect(
			await changePassword(database.db, user.id, PASSWORD, NEW_PASSWORD, {
				keepSession: here.session.id
			})
		).toBe('changed');
		expect(await resolveSession(database.db, here.token)).not.toBeNull();
		expect(await resolveSession(database.db, elsewhere.token)).toBeNull();
		const mail = (await listOutbox(database.db)).find((m) => m.to === user.email);
		expect(mail?.subject).toBe('Your Waymark password has been changed');
	});
});
