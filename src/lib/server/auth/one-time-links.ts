/**
 * Single-use links for invitations and password resets. The link carries a random token; the
 * database keeps only its hash. Taking a link uses it in one atomic update, so two clicks (or
 * two tabs) cannot both succeed.
 */
import type { Kysely, Transaction } from 'kysely';
import type { OneTimeLinkPurpose, Tables } from '$lib/server/db/schema';
import { INVITATION_LIFETIME, RESET_LIFETIME } from './config';
import { hashToken, randomToken } from './tokens';
import { NO_ACCOUNT } from './users';

const LIFETIME: Record<OneTimeLinkPurpose, number> = {
	invitation: INVITATION_LIFETIME,
	reset: RESET_LIFETIME
};

export const LINK_PATH: Record<OneTimeLinkPurpose, string> = {
	invitation: '/team/invitation',
	reset: '/team/reset'
};

/** Issues a new link, withdrawing any earlier unused one for the same purpose. */
export async function issueLink(
	db: Kysely<Tables>,
	userId: string,
	purpose: OneTimeLinkPurpose,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	return db.transaction().execute((trx) => issueLinkIfAccount(trx, userId, purpose, now));
}

/**
 * Issues a link inside the caller's transaction. With no account (null) it runs the very same
 * statements, which then match and write nothing, so the work done does not tell whether the
 * account exists.
 */
export async function issueLinkIfAccount(
	trx: Transaction<Tables>,
	userId: string | null,
	purpose: OneTimeLinkPurpose,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomToken();
	const expiresAt = new Date(now.getTime() + LIFETIME[purpose]);
	const id = userId ?? NO_ACCOUNT;
	await withdrawLinks(trx, id, purpose, now);
	await trx
		.insertInto('one_time_links')
		.columns(['id', 'user_id', 'purpose', 'created_at', 'expires_at'])
		.expression((eb) =>
			eb
				.selectFrom('users')
				.select([
					eb.val(hashToken(token)).as('id'),
					'users.id as user_id',
					eb.val(purpose).as('purpose'),
					eb.val(now.toISOString()).as('created_at'),
					eb.val(expiresAt.toISOString()).as('expires_at')
				])
				.where('users.id', '=', id)
		)
		.execute();
	return { token, expiresAt };
}

export async function withdrawLinks(
	db: Kysely<Tables>,
	userId: string,
	purpose: OneTimeLinkPurpose,
	now = new Date()
): Promise<void> {
	await db
		.updateTable('one_time_links')
		.set({ used_at: now.toISOString() })
		.where('user_id', '=', userId)
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.execute();
}

/** The account a link is for, if it is unused and in date; does not use it. */
export async function peekLink(
	db: Kysely<Tables>,
	token: string,
	purpose: OneTimeLinkPurpose,
	now = new Date()
): Promise<string | null> {
	const row = await db
		.selectFrom('one_time_links')
		.select('user_id')
		.where('id', '=', hashToken(token))
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now.toISOString())
		.executeTakeFirst();
	return row?.user_id ?? null;
}

/** Uses a link: the account it was for, or null if it was unknown, used or out of date. */
export async function takeLink(
	db: Kysely<Tables>,
	token: string,
	purpose: OneTimeLinkPurpose,
	now = new Date()
): Promise<string | null> {
	const row = await db
		.updateTable('one_time_links')
		.set({ used_at: now.toISOString() })
		.where('id', '=', hashToken(token))
		.where('purpose', '=', purpose)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now.toISOString())
		.returning('user_id')
		.executeTakeFirst();
	return row?.user_id ?? null;
}

export function linkUrl(origin: string, purpose: OneTimeLinkPurpose, token: string): string {
	return `${origin}${LINK_PATH[purpose]}/${token}`;
}
