/** The mail Waymark sends, in plain English. Each template returns a subject and plain text. */
import type { StaffRole } from '$lib/server/db/schema';
import type { MailMessage } from './index';

const ROLE_NAMES: Record<StaffRole, string> = {
	admin: 'an administrator',
	'link-worker': 'a link worker',
	'vcse-editor': 'an editor for your organisation'
};

const SIGN_OFF = '\n\nWaymark\n\nThis is an automated message. Please do not reply to it.';

function londonTime(date: Date): string {
	return date.toLocaleString('en-GB', {
		timeZone: 'Europe/London',
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: 'numeric',
		minute: '2-digit'
	});
}

export function invitationMail(to: string, role: StaffRole, link: string, expiresAt: Date) {
	return {
		to,
		subject: 'You have been invited to Waymark',
		text: `Hello,

You have been invited to use Waymark as ${ROLE_NAMES[role]}.

To accept, open this link and choose a password:

${link}

The link works once and stops working at ${londonTime(expiresAt)}. If it has stopped working, ask the person who invited you to send a new one.

If you were not expecting this, you can ignore this email.${SIGN_OFF}`
	} satisfies MailMessage;
}

export function resetMail(to: string, link: string, expiresAt: Date) {
	return {
		to,
		subject: 'Reset your Waymark password',
		text: `Hello,

Someone asked to reset the password for your Waymark account. If it was you, open this link and choose a new password:

${link}

The link works once and stops working at ${londonTime(expiresAt)}.

If you did not ask for this, you can ignore this email. Your password has not changed.${SIGN_OFF}`
	} satisfies MailMessage;
}

export function passwordChangedMail(to: string, at: Date) {
	return {
		to,
		subject: 'Your Waymark password has been changed',
		text: `Hello,

The password for your Waymark account was changed on ${londonTime(at)}. You have been signed out on all your devices.

If you did not do this, tell your Waymark administrator straight away.${SIGN_OFF}`
	} satisfies MailMessage;
}

export function twoFactorChangedMail(to: string, change: 'on' | 'off', at: Date) {
	const what = change === 'on' ? 'turned on' : 'turned off';
	return {
		to,
		subject: `Two-step sign-in has been ${what}`,
		text: `Hello,

Two-step sign-in for your Waymark account was ${what} on ${londonTime(at)}.

If you did not do this, tell your Waymark administrator straight away.${SIGN_OFF}`
	} satisfies MailMessage;
}
