/**
 * Staff forms refuse text with hidden control or direction characters, broken characters or
 * nothing visible, with a message on the field and nothing changed: a NUL in particular cannot
 * even be stored or looked up in PostgreSQL, where it used to be a 500.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '$lib/server/db';
import { openTestDatabase } from '$lib/server/db/test-db';
import { makeUser } from '$lib/server/auth/test-helpers';
import type { StaffUser } from '$lib/server/auth/users';
import { storeRequest } from '$lib/server/requests/test-helpers';
import { fakeEvent } from './test-events';

const opened = openTestDatabase();
vi.mock('$lib/server/db', async (original) => ({
	...(await original<typeof import('$lib/server/db')>()),
	getDatabase: () => opened
}));

const signIn = await import('./sign-in/+page.server');
const reset = await import('./reset/+page.server');
const invite = await import('./users/invite/+page.server');
const userPage = await import('./users/[id]/+page.server');
const requestPage = await import('./requests/[reference]/+page.server');
const auditPage = await import('./audit/+page.server');

let database: Database;
let admin: StaffUser;
let worker: StaffUser;
let request: { reference: string; id: string };

beforeAll(async () => {
	database = await opened;
	admin = { ...(await makeUser(database.db, 'admin')), hasTotp: true };
	worker = await makeUser(database.db, 'link-worker', ['U00001']);
	request = await storeRequest(database, { practice: 'A00001' });
});
afterAll(() => database.close());

/** What an action answered: its status and field errors, whether returned or thrown. */
async function answer(run: () => unknown): Promise<{ status: number; errors?: unknown }> {
	try {
		const result = (await run()) as { status?: number; data?: { errors?: unknown } };
		return { status: result?.status ?? 200, errors: result?.data?.errors };
	} catch (thrown) {
		const status = (thrown as { status?: number }).status;
		if (typeof status === 'number') return { status };
		throw thrown;
	}
}

const snapshot = async () => ({
	users: await database.db.selectFrom('users').selectAll().orderBy('id').execute(),
	events: await database.db.selectFrom('request_events').selectAll().execute(),
	mail: await database.db.selectFrom('mail_outbox').selectAll().execute()
});

describe('staff text fields', () => {
	const post = (path: string, user: StaffUser | null, form: Record<string, string | string[]>) =>
		fakeEvent(path, { user, form, params: { id: worker.id, reference: request.reference } });
	const access = { role: 'link-worker', pcns: ['U00001'] };
	it.each([
		[
			'sign-in email with a NUL',
			() =>
				signIn.actions.signIn(
					post('/team/sign-in', null, { email: 'a\u0000@x.org', password: 'x' })
				),
			{ email: 'Remove the hidden control characters from your email address' }
		],
		[
			'reset email with a NUL',
			() => reset.actions.requestReset(post('/team/reset', null, { email: 'a\u0000@x.org' })),
			{ email: 'Remove the hidden control characters from your email address' }
		],
		[
			'invited name with a direction override',
			() =>
				invite.actions.invite(
					post('/team/users/invite', admin, {
						...access,
						email: 'new@example.org',
						name: 'Sam \u202Eevil'
					})
				),
			{ name: 'Remove the hidden characters that change the direction of text from their name' }
		],
		[
			'invited email with an ESC',
			() =>
				invite.actions.invite(
					post('/team/users/invite', admin, {
						...access,
						email: 'n\u001bew@example.org',
						name: 'Sam'
					})
				),
			{ email: 'Remove the hidden control characters from the email address' }
		],
		[
			'a name of zero-width spaces',
			() =>
				userPage.actions.updateAccess(
					post(`/team/users/${worker.id}`, admin, { ...access, name: '\u200B\u200B' })
				),
			{ name: 'Type their name again: it is made only of invisible characters' }
		],
		[
			'a name over two lines',
			() =>
				userPage.actions.updateAccess(
					post(`/team/users/${worker.id}`, admin, { ...access, name: 'Sam\nJones' })
				),
			{ name: 'Put their name on one line, without line breaks' }
		],
		[
			'a note with a NUL',
			() =>
				requestPage.actions.addNote(
					post(`/team/requests/${request.reference}`, worker, { note: 'Rang\u0000' })
				),
			{ note: 'Remove the hidden control characters from the note' }
		],
		[
			// (A form post cannot carry half a character: it arrives as U+FFFD.)
			'a contact attempt note with a direction isolate',
			() =>
				requestPage.actions.recordAttempt(
					post(`/team/requests/${request.reference}`, worker, {
						method: 'phone',
						result: 'reached',
						attemptNote: 'Rang \u2067back\u2069'
					})
				),
			{
				attemptNote: 'Remove the hidden characters that change the direction of text from the note'
			}
		],
		[
			'a closing note with a BEL',
			() =>
				requestPage.actions.closeRequest(
					post(`/team/requests/${request.reference}`, worker, {
						outcome: 'declined',
						closeNote: 'Done\u0007'
					})
				),
			{ closeNote: 'Remove the hidden control characters from the note' }
		]
	])('%s: 400 with the field message, nothing changed', async (_what, run, errors) => {
		const before = await snapshot();
		const result = await answer(run);
		expect(result).toEqual({ status: 400, errors });
		expect(await snapshot()).toEqual(before);
	});

	it('keeps line breaks in notes', async () => {
		const result = await answer(() =>
			requestPage.actions.addNote(
				post(`/team/requests/${request.reference}`, worker, { note: 'Rang twice\r\nNo answer' })
			)
		);
		expect(result.status).toBe(303);
	});

	it('answers 400 to an audit filter with hidden characters', async () => {
		const event = fakeEvent('/team/audit?record=r%00', { user: admin });
		expect(await answer(() => auditPage.load(event))).toEqual({ status: 400 });
	});
});
