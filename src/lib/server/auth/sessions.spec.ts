import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { createSession, deleteUserSessions, listUserSessions, resolveSession } from './sessions';
import { HOURS, MINUTES, TestClock, makeUser } from './test-helpers';
import { hashToken } from './tokens';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

describe('sessions', () => {
	it('stores only a hash of the token', async () => {
		const user = await makeUser(database.db, 'admin');
		const { token, session } = await createSession(database.db, user.id, 'full');
		expect(session.id).toBe(hashToken(token));
		const rows = await database.db.selectFrom('sessions').selectAll().execute();
		expect(rows.some((r) => r.id === token)).toBe(false);
		expect(token.length).toBeGreaterThanOrEqual(43);
	});

	it('ends after 30 minutes idle', async () => {
		const clock = new TestClock();
		const user = await makeUser(database.db, 'link-worker', ['U00001']);
		const { token } = await createSession(database.db, user.id, 'full', { now: clock.now() });
		expect(await resolveSession(database.db, token, clock.advance(29 * MINUTES))).not.toBeNull();
		expect(await resolveSession(database.db, token, clock.advance(29 * MINUTES))).not.toBeNull();
		expect(await resolveSession(database.db, token, clock.advance(30 * MINUTES))).toBeNull();
		// Expired sessions are removed, not just refused.
		expect(await resolveSession(database.db, token, clock.advance(-30 * MINUTES))).toBeNull();
	});

	it('ends 12 hours after sign-in however busy it is', async () => {
		const clock = new TestClock();
		const user = await makeUser(database.db, 'vcse-editor', ['org-1']);
		const { token } = await createSession(database.db, user.id, 'full', { now: clock.now() });
		for (let i = 0; i < 47; i++) {
			expect(await resolveSession(database.db, token, clock.advance(15 * MINUTES))).not.toBeNull();
		}
		expect(clock.current.getTime() - new TestClock().current.getTime()).toBe(11.75 * HOURS);
		expect(await resolveSession(database.db, token, clock.advance(15 * MINUTES))).toBeNull();
	});

	it('gives a session waiting for a second factor only 10 minutes', async () => {
		const clock = new TestClock();
		const user = await makeUser(database.db, 'admin');
		const { token } = await createSession(database.db, user.id, 'second-factor', {
			now: clock.now()
		});
		expect(await resolveSession(database.db, token, clock.advance(9 * MINUTES))).not.toBeNull();
		expect(await resolveSession(database.db, token, clock.advance(2 * MINUTES))).toBeNull();
	});

	it('signs out everywhere, or everywhere else', async () => {
		const user = await makeUser(database.db, 'link-worker', ['U00002']);
		const a = await createSession(database.db, user.id, 'full');
		const b = await createSession(database.db, user.id, 'full');
		await createSession(database.db, user.id, 'full');
		expect(await deleteUserSessions(database.db, user.id, { except: a.session.id })).toBe(2);
		expect((await listUserSessions(database.db, user.id)).map((s) => s.id)).toEqual([a.session.id]);
		expect(await resolveSession(database.db, b.token)).toBeNull();
		await deleteUserSessions(database.db, user.id);
		expect(await resolveSession(database.db, a.token)).toBeNull();
	});
});
