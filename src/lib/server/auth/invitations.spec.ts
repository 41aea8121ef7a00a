import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { listOutbox } from '$lib/server/mail';
import { acceptInvitation } from './accept-invitation';
import { inviteUser, invitationFor, sendInvitation } from './invitations';
import { signIn } from './sign-in';
import { HOURS, TestClock } from './test-helpers';
import { getUserRowByEmail } from './users';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

const ORIGIN = 'https://waymark.example.org';
const NEW_PASSWORD = 'a long walk by the tyne';

function tokenOf(link: string): string {
	return link.split('/').pop() as string;
}

describe('invitations', () => {
	it('mails a single-use link that sets a password and lets the person sign in', async () => {
		const invited = await inviteUser(
			database.db,
			{ email: ' Sam.Link@Example.org ', name: 'Sam', role: 'link-worker', scopes: ['U00001'] },
			{ origin: ORIGIN }
		);
		if (invited.kind !== 'invited') throw new Error('not invited');
		expect(invited.link).toMatch(/^https:\/\/waymark\.example\.org\/team\/invitation\/[\w-]{43}$/);
		const [mail] = await listOutbox(database.db);
		expect(mail.to).toBe('sam.link@example.org');
		expect(mail.body).toContain(invited.link);

		const token = tokenOf(invited.link);
		expect(await signIn(database.db, 'sam.link@example.org', NEW_PASSWORD)).toEqual({
			kind: 'invalid'
		});
		expect(await acceptInvitation(database.db, token, NEW_PASSWORD)).toBe('accepted');
		expect(await acceptInvitation(database.db, token, 'another long password')).toBe(
			'invalid-link'
		);
		expect((await signIn(database.db, 'Sam.Link@example.org', NEW_PASSWORD)).kind).toBe(
			'signed-in'
		);
	});

	it('refuses a second account for the same address', async () => {
		const user = { email: 'twice@example.org', name: 'Twice', role: 'admin' as const, scopes: [] };
		expect((await inviteUser(database.db, user, { origin: ORIGIN })).kind).toBe('invited');
		expect((await inviteUser(database.db, user, { origin: ORIGIN })).kind).toBe('exists');
	});

	it('stops working after 72 hours', async () => {
		const clock = new TestClock();
		const invited = await inviteUser(
			database.db,
			{ email: 'late@example.org', name: 'Late', role: 'vcse-editor', scopes: ['org-1'] },
			{ origin: ORIGIN, now: clock.now() }
		);
		if (invited.kind !== 'invited') throw new Error('not invited');
		const token = tokenOf(invited.link);
		expect(await invitationFor(database.db, token, clock.advance(71.9 * HOURS))).not.toBeNull();
		clock.advance(0.2 * HOURS);
		expect(await invitationFor(database.db, token, clock.now())).toBeNull();
		expect(await acceptInvitation(database.db, token, NEW_PASSWORD, { now: clock.now() })).toBe(
			'invalid-link'
		);
	});

	it('withdraws the old link when a new one is sent', async () => {
		const invited = await inviteUser(
			database.db,
			{ email: 'again@example.org', name: 'Again', role: 'link-worker', scopes: ['U00002'] },
			{ origin: ORIGIN }
		);
		if (invited.kind !== 'invited') throw new Error('not invited');
		const fresh = await sendInvitation(database.db, invited.userId, { origin: ORIGIN });
		expect(await acceptInvitation(database.db, tokenOf(invited.link), NEW_PASSWORD)).toBe(
			'invalid-link'
		);
		expect(await acceptInvitation(database.db, tokenOf(fresh), NEW_PASSWORD)).toBe('accepted');
	});

	it('checks the new password and keeps the link usable when it is refused', async () => {
		const invited = await inviteUser(
			database.db,
			{ email: 'weak@example.org', name: 'Weak', role: 'admin', scopes: [] },
			{ origin: ORIGIN }
		);
		if (invited.kind !== 'invited') throw new Error('not invited');
		const token = tokenOf(invited.link);
		expect(await acceptInvitation(database.db, token, 'short')).toBe('tooShort');
		expect(await acceptInvitation(database.db, token, 'password1234')).toBe('common');
		expect(await acceptInvitation(database.db, token, NEW_PASSWORD)).toBe('accepted');
		const row = await getUserRowByEmail(database.db, 'weak@example.org');
		expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
	});
});
