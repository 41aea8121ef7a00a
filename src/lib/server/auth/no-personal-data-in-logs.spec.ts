/**
 * Runs every account flow (and an unexpected error) while capturing everything written to the
 * console, then checks that no email address, password, token, link or address got there.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import nodemailer from 'nodemailer';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { listOutbox, sendMail } from '$lib/server/mail';
import { acceptInvitation } from './accept-invitation';
import { makeHandleError } from './handle-error';
import { inviteUser } from './invitations';
import { completeReset, requestReset } from './passwords-flow';
import { resolveSession } from './sessions';
import { completeSecondFactor, signIn } from './sign-in';
import { totpCode } from './totp';
import { confirmTotpSetup, startTotpSetup } from './two-factor';
import { getStaffUser } from './users';

const EMAIL = 'private.person@example.org';
const PASSWORD = 'a secret nobody should log';
const ADDRESS = '203.0.113.99';
const captured: string[] = [];
let database: Database;

beforeAll(async () => {
	for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
		vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
			captured.push(
				args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' ')
			);
		});
	}
	database = await openTestDatabase();
});
afterAll(async () => {
	vi.restoreAllMocks();
	await database.close();
});

describe('logs', () => {
	it('carry no personal data or secrets through every account flow', async () => {
		const secrets: string[] = [EMAIL, PASSWORD, ADDRESS];
		const meta = { origin: 'http://localhost:3000', address: ADDRESS };
		const invited = await inviteUser(
			database.db,
			{ email: EMAIL, name: 'Private Person', role: 'admin', scopes: [] },
			meta
		);
		if (invited.kind !== 'invited') throw new Error('not invited');
		secrets.push(invited.link, invited.link.split('/').pop() as string, 'Private Person');
		expect(
			await acceptInvitation(database.db, invited.link.split('/').pop() as string, PASSWORD, meta)
		).toBe('accepted');
		for (let i = 0; i < 8; i++) await signIn(database.db, EMAIL, 'wrong password', meta);
		await requestReset(database.db, EMAIL, meta);
		const resetLink = /\/team\/reset\/([\w-]+)/.exec(
			(await listOutbox(database.db))[0].body
		)?.[1] as string;
		secrets.push(resetLink);
		expect(await completeReset(database.db, resetLink, PASSWORD + '!', meta)).toBe('reset');

		const user = (await getStaffUser(database.db, invited.userId))!;
		const secret = await startTotpSetup(database.db, user.id);
		secrets.push(secret);
		await confirmTotpSetup(database.db, user, totpCode(secret), meta);
		const first = await signIn(database.db, EMAIL, PASSWORD + '!', { address: ADDRESS });
		if (first.kind !== 'second-factor') throw new Error('no second step');
		secrets.push(first.token);
		const pending = (await resolveSession(database.db, first.token))!;
		await completeSecondFactor(database.db, pending, '000000', meta);

		// An SMTP failure quotes the recipient; an unexpected error quotes an address.
		const failing = nodemailer.createTransport({
			streamTransport: true,
			newline: 'unix'
		});
		failing.sendMail = () =>
			Promise.reject(Object.assign(new Error(`No such user ${EMAIL}`), { code: 'EENVELOPE' }));
		await expect(
			sendMail(database.db, { to: EMAIL, subject: 's', text: 't' }, { transport: failing })
		).rejects.toThrow('Mail could not be sent (EENVELOPE)');
		const handleError = makeHandleError(false);
		const answer = handleError({
			error: new Error(`duplicate key (email)=(${EMAIL})`),
			event: { route: { id: '/team/users/[id]' } } as never,
			status: 500,
			message: 'Internal Error'
		});
		expect(answer).toMatchObject({ message: 'Sorry, something went wrong' });

		const log = captured.join('\n');
		expect(log).toContain('(500) on /team/users/[id]: Error');
		for (const secret of secrets) expect(log).not.toContain(secret);
		expect(log).not.toMatch(/@example\.org|\n\s+at /);
	});
});
