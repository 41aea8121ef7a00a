/**
 * Signing in: password first, then (when the account has it) a code from the authenticator
 * app or a recovery code. Every answer that fails says the same thing, whether or not the
 * account exists, and the same throttles apply to both.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '$lib/server/audit';
import type { Tables } from '$lib/server/db/schema';
import { THROTTLES } from './config';
import { verifyPassword } from './passwords';
import { useRecoveryCode } from './recovery-codes';
import { createSession, deleteSession, type Session } from './sessions';
import { clearThrottle, refundAttempt, reserveAttempt, throttleKey } from './throttle';
import { checkTotp } from './totp';
import { getUserRowByEmail, normaliseEmail } from './users';

export interface SignInMeta {
	address?: string | null;
	userAgent?: string | null;
	now?: Date;
}

export type SignInResult =
	| { kind: 'signed-in' | 'second-factor'; token: string; userId: string }
	| { kind: 'invalid' }
	| { kind: 'throttled'; retryAfter: Date };

export async function signIn(
	db: Kysely<Tables>,
	email: string,
	password: string,
	meta: SignInMeta = {}
): Promise<SignInResult> {
	const now = meta.now ?? new Date();
	const keys = [
		await throttleKey(db, 'sign-in-account', normaliseEmail(email), THROTTLES.signInAccount)
	];
	if (meta.address) {
		keys.push(await throttleKey(db, 'sign-in-address', meta.address, THROTTLES.signInAddress));
	}
	// Counted before the slow password check, so attempts sent together cannot outrun it.
	const until = await reserveAttempt(db, keys, now);
	if (until) return { kind: 'throttled', retryAfter: until };

	const row = await getUserRowByEmail(db, email);
	const usable = row?.status === 'active' ? row.password_hash : null;
	const isRight = await verifyPassword(usable, password);
	if (!row || !isRight) {
		await recordAudit(db, {
			action: 'session.sign-in-failed',
			record: row ? { type: 'user', id: row.id } : null,
			address: meta.address,
			at: now
		});
		return { kind: 'invalid' };
	}
	await clearThrottle(db, keys.slice(0, 1));
	await refundAttempt(db, keys.slice(1));
	const stage = row.totp_secret ? 'second-factor' : 'full';
	const { token } = await createSession(db, row.id, stage, { now, userAgent: meta.userAgent });
	await recordAudit(db, {
		actor: { id: row.id, role: row.role },
		action: stage === 'full' ? 'session.sign-in' : 'session.password-accepted',
		record: { type: 'user', id: row.id },
		address: meta.address,
		at: now
	});
	return { kind: stage === 'full' ? 'signed-in' : 'second-factor', token, userId: row.id };
}

/**
 * The second step: a code from the app, or a recovery code. Success replaces the waiting
 * session with a new full one (a new id again).
 */
export async function completeSecondFactor(
	db: Kysely<Tables>,
	pending: Session,
	code: string,
	meta: SignInMeta = {}
): Promise<SignInResult & { usedRecoveryCode?: boolean }> {
	const now = meta.now ?? new Date();
	const keys = [await throttleKey(db, 'second-factor', pending.userId, THROTTLES.secondFactor)];
	const until = await reserveAttempt(db, keys, now);
	if (until) return { kind: 'throttled', retryAfter: until };
	const user = await db
		.selectFrom('users')
		.select(['id', 'role'])
		.where('id', '=', pending.userId)
		.executeTakeFirstOrThrow();
	const isCode = await checkTotp(db, user.id, code, now);
	const isRecovery = !isCode && (await useRecoveryCode(db, user.id, code, now));
	if (!isCode && !isRecovery) {
		await recordAudit(db, {
			actor: user,
			action: 'session.second-factor-failed',
			record: { type: 'user', id: user.id },
			address: meta.address,
			at: now
		});
		return { kind: 'invalid' };
	}
	await clearThrottle(db, keys);
	await deleteSession(db, pending.id);
	const { token } = await createSession(db, user.id, 'full', { now, userAgent: meta.userAgent });
	await recordAudit(db, {
		actor: user,
		action: isRecovery ? 'session.sign-in-recovery-code' : 'session.sign-in',
		record: { type: 'user', id: user.id },
		address: meta.address,
		at: now
	});
	return { kind: 'signed-in', token, userId: user.id, usedRecoveryCode: isRecovery };
}
