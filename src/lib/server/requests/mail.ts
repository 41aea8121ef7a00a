/** The mail link workers get about requests: never anything about the person. */
import type { MailMessage } from '$lib/server/mail';

const SIGN_OFF = '\n\nWaymark\n\nThis is an automated message. Please do not reply to it.';

export function newRequestsMail(to: string, count: number, pcnName: string, origin: string) {
	const waiting = count === 1 ? 'A new request is waiting' : `${count} new requests are waiting`;
	return {
		to,
		subject: waiting,
		text: `Hello,

${waiting} for a link worker at ${pcnName} to contact ${count === 1 ? 'someone' : 'people'}.

Sign in to see ${count === 1 ? 'it' : 'them'}:

${origin}/team/requests

For the person's privacy, this email does not say who they are or what they asked.${SIGN_OFF}`
	} satisfies MailMessage;
}
