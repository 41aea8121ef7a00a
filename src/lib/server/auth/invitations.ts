/** Inviting staff: an account waits, unusable, until its single-use link sets a password. */
import type { Kysely } from 'kysely';
import { recordAudit } from '$lib/server/audit';
import type { Tables } from '$lib/server/db/schema';
import { sendMail } from '$lib/server/mail';
import { invitationMail } from '$lib/server/mail/templates';
import { issueLink, linkUrl, peekLink } from './one-time-links';
import { createUser, getUserRow, getUserRowByEmail, type NewUser, type StaffUser } from './users';

export interface InviteMeta {
	origin: string;
	actor?: Pick<StaffUser, 'id' | 'role'> | null;
	address?: string | null;
	now?: Date;
}

export type InviteResult = { kind: 'invited'; userId: string; link: string } | { kind: 'exists' };

export async function inviteUser(
	db: Kysely<Tables>,
	user: NewUser,
	meta: InviteMeta
): Promise<InviteResult> {
	const now = meta.now ?? new Date();
	if (await getUserRowByEmail(db, user.email)) return { kind: 'exists' };
	const userId = await createUser(db, user, now);
	const link = await sendInvitation(db, userId, meta);
	await recordAudit(db, {
		actor: meta.actor,
		action: 'user.invite',
		record: { type: 'user', id: userId },
		address: meta.address,
		detail: `role ${user.role}`,
		at: now
	});
	return { kind: 'invited', userId, link };
}

/** Sends a (new) invitation link; any earlier one stops working. */
export async function sendInvitation(
	db: Kysely<Tables>,
	userId: string,
	meta: InviteMeta
): Promise<string> {
	const row = await getUserRow(db, userId);
	if (!row || row.status !== 'invited') throw new Error('Only invited accounts get invitations');
	const { token, expiresAt } = await issueLink(db, userId, 'invitation', meta.now);
	const link = linkUrl(meta.origin, 'invitation', token);
	await sendMail(db, invitationMail(row.email, row.role, link, expiresAt), { now: meta.now });
	return link;
}

/** Who an invitation link is for, without using it (to show the form). */
export async function invitationFor(db: Kysely<Tables>, token: string, now = new Date()) {
	const userId = await peekLink(db, token, 'invitation', now);
	const row = userId ? await getUserRow(db, userId) : undefined;
	return row?.status === 'invited' ? { id: row.id, email: row.email, name: row.name } : null;
}
