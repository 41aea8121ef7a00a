/** Setting up and turning off two-step sign-in (TOTP) for an account. */
import type { Kysely } from 'kysely';
import { recordAudit } from '$lib/server/audit';
import type { Tables } from '$lib/server/db/schema';
import { sendMail } from '$lib/server/mail';
import { twoFactorChangedMail } from '$lib/server/mail/templates';
import { deleteRecoveryCodes, replaceRecoveryCodes } from './recovery-codes';
import { matchTotp, newTotpSecret } from './totp';
import type { StaffUser } from './users';

export interface FlowMeta {
	address?: string | null;
	now?: Date;
}

/** Starts (or restarts) setup: a new secret waits on the account until a code confirms it. */
export async function startTotpSetup(db: Kysely<Tables>, userId: string): Promise<string> {
	const secret = newTotpSecret();
	await db
		.updateTable('users')
		.set({ totp_pending_secret: secret })
		.where('id', '=', userId)
		.execute();
	return secret;
}

export async function pendingTotpSecret(db: Kysely<Tables>, userId: string) {
	const row = await db
		.selectFrom('users')
		.select('totp_pending_secret')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.totp_pending_secret ?? null;
}

/** Confirms setup with a code from the app: recovery codes to show once, or null. */
export async function confirmTotpSetup(
	db: Kysely<Tables>,
	user: StaffUser,
	code: string,
	meta: FlowMeta = {}
): Promise<string[] | null> {
	const now = meta.now ?? new Date();
	const secret = await pendingTotpSecret(db, user.id);
	const step = secret ? matchTotp(secret, code, now) : null;
	if (!secret || step === null) return null;
	await db
		.updateTable('users')
		.set({
			totp_secret: secret,
			totp_pending_secret: null,
			totp_last_step: step,
			updated_at: now.toISOString()
		})
		.where('id', '=', user.id)
		.execute();
	const codes = await replaceRecoveryCodes(db, user.id);
	await recordAudit(db, {
		actor: user,
		action: 'two-factor.turn-on',
		record: { type: 'user', id: user.id },
		address: meta.address,
		at: now
	});
	await sendMail(db, twoFactorChangedMail(user.email, 'on', now));
	return codes;
}

/** Turns two-step sign-in off, for an account's owner or (to recover an account) an admin. */
export async function turnOffTotp(
	db: Kysely<Tables>,
	target: StaffUser,
	actor: StaffUser | null,
	meta: FlowMeta = {}
): Promise<void> {
	const now = meta.now ?? new Date();
	await db
		.updateTable('users')
		.set({
			totp_secret: null,
			totp_pending_secret: null,
			totp_last_step: null,
			updated_at: now.toISOString()
		})
		.where('id', '=', target.id)
		.execute();
	await deleteRecoveryCodes(db, target.id);
	await recordAudit(db, {
		actor,
		action: 'two-factor.turn-off',
		record: { type: 'user', id: target.id },
		address: meta.address,
		at: now
	});
	await sendMail(db, twoFactorChangedMail(target.email, 'off', now));
}
