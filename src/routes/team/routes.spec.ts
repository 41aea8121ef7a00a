/**
 * Every role and scope against a representative set of staff loads and actions, called as
 * SvelteKit calls them: allowed ones succeed; the rest get 403 or 404 and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { createSession, listUserSessions } from '$lib/server/auth/sessions';
import { makeUser } from '$lib/server/auth/test-helpers';
import type { StaffUser } from '$lib/server/auth/users';
import { fakeEvent, statusOf } from './test-events';

const opened = openTestDatabase();
vi.mock('$lib/server/db', async (original) => ({
	...(await original<typeof import('$lib/server/db')>()),
	getDatabase: () => opened
}));

const users = await import('./users/+page.server');
const invite = await import('./users/invite/+page.server');
const userPage = await import('./users/[id]/+page.server');
const auditPage = await import('./audit/+page.server');
const pcnPage = await import('./pcn/[id]/+page.server');
const orgPage = await import('./organisations/[id]/+page.server');
const account = await import('./account/+page.server');

let database: Database;
const people: Record<string, StaffUser | null> = {};

beforeAll(async () => {
	database = await opened;
	for (const id of ['org-a', 'org-b']) {
		await database.db
			.insertInto('organisations')
			.values({
				id,
				name: `Group ${id}`,
				description: '',
				website: null,
				email: null,
				phone: null,
				source: 'test',
				source_id: id,
				demo: 0,
				updated_at: new Date().toISOString()
			})
			.execute();
	}
	people.admin = await makeUser(database.db, 'admin');
	// Admins must have a second factor before any admin page opens.
	await database.db
		.updateTable('users')
		.set({ totp_secret: 'JBSWY3DPEHPK3PXP' })
		.where('id', '=', people.admin.id)
		.execute();
	people.admin = { ...people.admin, hasTotp: true };
	people.linkWorkerU1 = await makeUser(database.db, 'link-worker', ['U00001']);
	people.linkWorkerU2 = await makeUser(database.db, 'link-worker', ['U00002']);
	people.editorA = await makeUser(database.db, 'vcse-editor', ['org-a']);
	people.editorB = await makeUser(database.db, 'vcse-editor', ['org-b']);
	people.signedOut = null;
});
afterAll(() => database.close());

type Who = 'admin' | 'linkWorkerU1' | 'linkWorkerU2' | 'editorA' | 'editorB' | 'signedOut';
const everyone: Who[] = [
	'admin',
	'linkWorkerU1',
	'linkWorkerU2',
	'editorA',
	'editorB',
	'signedOut'
];

function expected(allowed: Partial<Record<Who, number>>, otherStaff = 403): [Who, number][] {
	return everyone.map((who) => [who, allowed[who] ?? (who === 'signedOut' ? 303 : otherStaff)]);
}

describe('loads', () => {
	it.each(expected({ admin: 200 }))('users list: %s → %i', async (who, status) => {
		expect(await statusOf(() => users.load(fakeEvent('/team/users', { user: people[who] })))).toBe(
			status
		);
	});

	it.each(expected({ admin: 200 }))('audit log: %s → %i', async (who, status) => {
		const event = fakeEvent('/team/audit', { user: people[who] });
		expect(await statusOf(() => auditPage.load(event))).toBe(status);
	});

	it.each(expected({ linkWorkerU1: 200, linkWorkerU2: 404 }))(
		'PCN U00001: %s → %i',
		async (who, status) => {
			const event = fakeEvent('/team/pcn/U00001', { user: people[who], params: { id: 'U00001' } });
			expect(await statusOf(() => pcnPage.load(event))).toBe(status);
		}
	);

	it.each(expected({ editorA: 200, editorB: 404 }))(
		'organisation A: %s → %i',
		async (who, status) => {
			const event = fakeEvent('/team/organisations/org-a', {
				user: people[who],
				params: { id: 'org-a' }
			});
			expect(await statusOf(() => orgPage.load(event))).toBe(status);
		}
	);

	it('answers a PCN that does not exist as one out of scope', async () => {
		const event = fakeEvent('/team/pcn/U99999', {
			user: people.linkWorkerU1,
			params: { id: 'U99999' }
		});
		expect(await statusOf(() => pcnPage.load(event))).toBe(404);
	});

	it.each(
		expected({ admin: 200, linkWorkerU1: 200, linkWorkerU2: 200, editorA: 200, editorB: 200 })
	)('own account: %s → %i', async (who, status) => {
		expect(
			await statusOf(() => account.load(fakeEvent('/team/account', { user: people[who] })))
		).toBe(status);
	});
});

describe('actions', () => {
	it.each(expected({ admin: 303 }))('invite: %s → %i', async (who, status) => {
		const email = `invitee.${who}@example.org`;
		const form = { email, name: 'New person', role: 'link-worker', pcns: 'U00001' };
		const event = fakeEvent('/team/users/invite?/invite', { user: people[who], form });
		expect(await statusOf(() => invite.actions.invite(event))).toBe(status);
		const created = await database.db
			.selectFrom('users')
			.select('id')
			.where('email', '=', email)
			.execute();
		expect(created.length).toBe(who === 'admin' ? 1 : 0);
	});

	it.each(expected({ admin: 303 }))('disable someone: %s → %i', async (who, status) => {
		const target = await makeUser(database.db, 'link-worker', ['U00002']);
		const event = fakeEvent(`/team/users/${target.id}?/disable`, {
			user: people[who],
			params: { id: target.id },
			form: {}
		});
		expect(await statusOf(() => userPage.actions.disable(event))).toBe(status);
		const row = await database.db
			.selectFrom('users')
			.select('status')
			.where('id', '=', target.id)
			.executeTakeFirstOrThrow();
		expect(row.status).toBe(who === 'admin' ? 'disabled' : 'active');
	});

	it('will not let the last admin disable themselves', async () => {
		const admin = people.admin as StaffUser;
		const event = fakeEvent(`/team/users/${admin.id}?/disable`, {
			user: admin,
			params: { id: admin.id },
			form: {}
		});
		expect(await statusOf(() => userPage.actions.disable(event))).toBe(400);
	});

	it('signs out only the user’s own sessions', async () => {
		const owner = people.linkWorkerU1 as StaffUser;
		const other = people.linkWorkerU2 as StaffUser;
		await createSession(database.db, other.id, 'full');
		const page = await account.load(fakeEvent('/team/account', { user: other }));
		const handle = (page as { sessions: { key: string }[] }).sessions[0].key;
		const event = fakeEvent('/team/account?/signOutSession', {
			user: owner,
			form: { session: handle }
		});
		expect(await statusOf(() => account.actions.signOutSession(event))).toBe(404);
		expect((await listUserSessions(database.db, other.id)).length).toBe(1);
		const own = fakeEvent('/team/account?/signOutSession', {
			user: other,
			form: { session: handle }
		});
		expect(await statusOf(() => account.actions.signOutSession(own))).toBe(303);
		expect((await listUserSessions(database.db, other.id)).length).toBe(0);
	});
});
