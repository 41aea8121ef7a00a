/**
 * Resetting a forgotten password by email link, and changing a known one. Either way every
 * session of the account ends and the owner is told by email.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '$lib/server/audit';
import type { Tables } from '$lib/server/db/schema';
import { mailToAccount, sendMail } from '$lib/server/mail';
import { passwordChangedMail, resetMail } from '$lib/server/mail/templates';
import { THROTTLES } from './config';
import { issueLinkIfAccount, linkUrl, peekLink, takeLink } from './one-time-links';
import { hashPassword, verifyPassword } from './passwords';
import { checkNewPassword, type PasswordProblem } from './password-policy';
import { deleteUserSessions } from './sessions';
import { clearThrottle, reserveAttempt, throttleKey } from './throttle';
import { getUserRow, getUserRowByEmail, normaliseEmail, setPasswordHash } from './users';

export interface ResetMeta {
	origin: string;
	address?: string | null;
	now?: Date;
}

/**
 * Asks for a reset link. The answer is the same whether or not the account exists, and so is
 * the work behind it: the same statements run, in one transaction, and only write the link
 * and the mail when there is an active account. Every request counts against the throttles.
 */
export async function requestReset(
	db: Kysely<Tables>,
	email: string,
	meta: ResetMeta
): Promise<{ kind: 'requested' } | { kind: 'throttled'; retryAfter: Date }> {
	const now = meta.now ?? new Date();
	const keys = [
		await throttleKey(db, 'reset-account', normaliseEmail(email), THROTTLES.resetAccount)
	];
	if (meta.address) {
		keys.push(await throttleKey(db, 'reset-address', meta.address, THROTTLES.resetAddress));
	}
	const until = await reserveAttempt(db, keys, now);
	if (until) return { kind: 'throttled', retryAfter: until };
	const row = await getUserRowByEmail(db, email);
	const account = row?.status === 'active' ? { id: row.id, email: row.email } : null;
	const deliver = await db.transaction().execute(async (trx) => {
		// Written in this transaction on both paths, so each commits once, with a change.
		await recordAudit(trx, {
			action: 'password.reset-requested',
			record: row ? { type: 'user', id: row.id } : null,
			address: meta.address,
			at: now
		});
		const { token, expiresAt } = await issueLinkIfAccount(trx, account?.id ?? null, 'reset', now);
		const mail = resetMail(email, linkUrl(meta.origin, 'reset', token), expiresAt);
		return mailToAccount(trx, account, mail, { now });
	});
	deliver();
	return { kind: 'requested' };
}

export async function resetLinkIsValid(db: Kysely<Tables>, token: string, now = new Date()) {
	return (await peekLink(db, token, 'reset', now)) !== null;
}

export async function completeReset(
	db: Kysely<Tables>,
	token: string,
	password: string,
	meta: { address?: string | null; now?: Date } = {}
): Promise<'reset' | 'invalid-link' | PasswordProblem> {
	const now = meta.now ?? new Date();
	const peeked = await peekLink(db, token, 'reset', now);
	const row = peeked ? await getUserRow(db, peeked) : undefined;
	if (!row || row.status !== 'active') return 'invalid-link';
	const problem = checkNewPassword(password, { email: row.email });
	if (problem) return problem;
	const passwordHash = await hashPassword(password);
	if ((await takeLink(db, token, 'reset', now)) !== row.id) return 'invalid-link';
	await replacePassword(db, row.id, passwordHash, 'password.reset', meta, now);
	// Whoever was locked out by failed attempts can sign in with the new password straight away.
	await clearThrottle(db, [
		await throttleKey(db, 'sign-in-account', row.email, THROTTLES.signInAccount)
	]);
	return 'reset';
}

/** Changes a signed-in user's password; their other sessions end. */
export async function changePassword(
	db: Kysely<Tables>,
	userId: string,
	current: string,
	next: string,
	meta: { address?: string | null; now?: Date; keepSession?: string } = {}
): Promise<'changed' | 'wrong-password' | PasswordProblem> {
	const now = meta.now ?? new Date();
	const row = await getUserRow(db, userId);
	if (!row || !(await verifyPassword(row.password_hash, current))) return 'wrong-password';
	const problem = checkNewPassword(next, { email: row.email });
	if (problem) return problem;
	await replacePassword(db, row.id, await hashPassword(next), 'password.change', meta, now);
	return 'changed';
}

async function replacePassword(
	db: Kysely<Tables>,
	userId: string,
	passwordHash: string,
	action: 'password.reset' | 'password.change',
	meta: { address?: string | null; keepSession?: string },
	now: Date
): Promise<void> {
	await setPasswordHash(db, userId, passwordHash, now);
	await deleteUserSessions(db, userId, { except: meta.keepSession });
	const row = await getUserRow(db, userId);
	if (!row) return;
	await recordAudit(db, {
		actor: { id: row.id, role: row.role },
		action,
		record: { type: 'user', id: row.id },
		address: meta.address,
		at: now
	});
	await sendMail(db, passwordChangedMail(row.email, now), { now });
}
