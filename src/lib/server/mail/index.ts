/**
 * The one way the server sends mail: through SMTP when `SMTP_URL` is set, otherwise into the
 * `mail_outbox` table, which admins can read at /team/outbox (for development and demos).
 * Nothing about a message is logged: addresses and links are personal data and secrets.
 */
import type { Kysely } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import { v4 as uuid } from 'uuid';
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

export async function sendMail(
	db: Kysely<Tables>,
	message: MailMessage,
	options: {
		env?: NodeJS.ProcessEnv;
		transport?: Transporter;
		now?: Date;
		/**
		 * Don't wait for the SMTP server: for answers whose timing must not reveal whether mail
		 * was sent (a reset request for an account that may not exist). Failures are logged
		 * without the address. The outbox table is always written before returning.
		 */
		background?: boolean;
	} = {}
): Promise<void> {
	const env = options.env ?? process.env;
	if ((options.transport || env.SMTP_URL) && options.background) {
		const { background: _background, ...rest } = options;
		void sendMail(db, message, rest).catch((error: Error) => console.error(error.message));
		return;
	}
	if (options.transport || env.SMTP_URL) {
		const sender = options.transport ?? smtpTransport(env.SMTP_URL as string);
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
		return;
	}
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
