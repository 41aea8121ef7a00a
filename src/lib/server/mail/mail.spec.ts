import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import { openTestDatabase } from '$lib/server/db/test-db';
import type { Database } from '$lib/server/db';
import { isMailConfigured, listOutbox, mailToAccount, sendMail } from './index';
import { invitationMail } from './templates';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
});
afterAll(() => database.close());

describe('mail', () => {
	const message = invitationMail(
		'new.worker@example.org',
		'link-worker',
		'https://waymark.example.org/team/invitation/abc',
		new Date('2026-03-05T09:00:00Z')
	);

	it('writes to the outbox table when no SMTP server is set', async () => {
		expect(isMailConfigured({})).toBe(false);
		await sendMail(database.db, message, { env: {} });
		const [sent] = await listOutbox(database.db);
		expect(sent).toMatchObject({ to: 'new.worker@example.org', subject: message.subject });
		expect(sent.body).toContain('as a link worker');
		expect(sent.body).toContain('Thursday 5 March at 9:00');
	});

	it('sends through SMTP when it is set, and not to the outbox', async () => {
		const transport = nodemailer.createTransport({ jsonTransport: true });
		const before = (await listOutbox(database.db)).length;
		await sendMail(database.db, message, { env: { SMTP_URL: 'smtp://x' }, transport });
		expect((await listOutbox(database.db)).length).toBe(before);
		expect(isMailConfigured({ SMTP_URL: 'smtp://mail.example.org' })).toBe(true);
	});

	it('in the background, answers before the SMTP server does, and logs a failure without the address', async () => {
		let finish: () => void = () => {};
		// A transport that answers only when told to, and then refuses.
		const slow = {
			sendMail: () =>
				new Promise<void>((_resolve, reject) => {
					finish = () => reject(new Error('refused by new.worker@example.org'));
				})
		} as never;
		const logged: unknown[] = [];
		const original = console.error;
		console.error = (...args: unknown[]) => void logged.push(args.join(' '));
		try {
			const deliver = await database.db
				.transaction()
				.execute((trx) =>
					mailToAccount(trx, { id: 'u1', email: message.to }, message, { transport: slow })
				);
			deliver();
			finish();
			await new Promise((resolve) => setTimeout(resolve, 10));
		} finally {
			console.error = original;
		}
		expect(logged).toEqual(['Mail could not be sent (error)']);
	});
});
