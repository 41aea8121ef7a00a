/**
 * The one way the server sends mail: through SMTP when `SMTP_URL` is set, otherwise into the
 * `mail_outbox` table, which admins can read at /team/outbox (for development and demos).
 * Nothing about a message is logged: addresses and links are personal data and secrets.
 */
import type { Kysely, Transaction } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import { v4 as uuid } from 'uuid';
import { NO_ACCOUNT } from '$lib/server/auth/users';
import type { Tables } from '$lib/server/db/schema';

export interface MailMessage {
	to: string;
	subject: string;
	text: string;
}

export const DEFAULT_MAIL_FROM = 'Waymark <no-reply@waymark.invalid>';

let transport: Transporter | undefined;
let transportUrl: string | undefined;

function smtpTransport(url: string): Transporter {
	if (!transport || transportUrl !== url) {
		transport = nodemailer.createTransport(url);
		transportUrl = url;
	}
	return transport;
}

/** True when mail really leaves the server; false when it waits in the outbox table. */
export function isMailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(env.SMTP_URL);
}

interface MailOptions {
	env?: NodeJS.ProcessEnv;
	transport?: Transporter;
	now?: Date;
}

export async function sendMail(
	db: Kysely<Tables>,
	message: MailMessage,
	options: MailOptions = {}
): Promise<void> {
	const sender = smtpSender(options);
	if (sender) return deliver(sender, message, options.env);
	await db
		.insertInto('mail_outbox')
		.values({
			id: uuid(),
			to_address: message.to,
			subject: message.subject,
			body: message.text,
			created_at: (options.now ?? new Date()).toISOString()
		})
		.execute();
}

/**
 * Mail to an account that may not exist, written inside the caller's transaction, for answers
 * whose work must not tell whether it does (a reset request). Without SMTP the outbox row is
 * written by one statement that writes nothing when there is no such account, so both cases run
 * the same statements. Returns what hands the message to SMTP without waiting for it: call it
 * once the transaction has committed (it does nothing without SMTP or an account).
 */
export async function mailToAccount(
	trx: Transaction<Tables>,
	account: { id: string; email: string } | null,
	message: Omit<MailMessage, 'to'>,
	options: MailOptions = {}
): Promise<() => void> {
	const sender = smtpSender(options);
	if (sender) {
		return () => {
			if (!account) return;
			// Failures are logged without the address: deliver()'s message names only their kind.
			deliver(sender, { ...message, to: account.email }, options.env).catch((error: Error) =>
				console.error(error.message)
			);
		};
	}
	await trx
		.insertInto('mail_outbox')
		.columns(['id', 'to_address', 'subject', 'body', 'created_at'])
		.expression((eb) =>
			eb
				.selectFrom('users')
				.select([
					eb.val(uuid()).as('id'),
					'users.email as to_address',
					eb.val(message.subject).as('subject'),
					eb.val(message.text).as('body'),
					eb.val((options.now ?? new Date()).toISOString()).as('created_at')
				])
				.where('users.id', '=', account?.id ?? NO_ACCOUNT)
		)
		.execute();
	return () => {};
}

function smtpSender(options: MailOptions): Transporter | null {
	const env = options.env ?? process.env;
	return options.transport ?? (env.SMTP_URL ? smtpTransport(env.SMTP_URL) : null);
}

async function deliver(
	sender: Transporter,
	message: MailMessage,
	env: NodeJS.ProcessEnv = process.env
): Promise<void> {
	try {
		await sender.sendMail({
			from: env.MAIL_FROM || DEFAULT_MAIL_FROM,
			to: message.to,
			subject: message.subject,
			text: message.text
		});
	} catch (error) {
		// The SMTP error can quote the recipient: the message says only what kind of failure
		// it was, and production logs never print the cause (see handle-error.ts).
		const code = (error as { code?: string }).code ?? 'error';
		throw new Error(`Mail could not be sent (${code})`, { cause: error });
	}
}

export interface OutboxMessage {
	id: string;
	to: string;
	subject: string;
	body: string;
	createdAt: string;
}

export async function listOutbox(db: Kysely<Tables>, limit = 50): Promise<OutboxMessage[]> {
	const rows = await db
		.selectFrom('mail_outbox')
		.selectAll()
		.orderBy('created_at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		to: r.to_address,
		subject: r.subject,
		body: r.body,
		createdAt: r.created_at
	}));
}
