/**
 * Accepting an invitation: the single-use link sets the account's first password. Kept apart
 * from invitations.ts so the admin CLI, which only invites, does not load the password list.
 */
import type { Kysely } from 'kysely';
import { recordAudit } from '$lib/server/audit';
import type { Tables } from '$lib/server/db/schema';
import { invitationFor } from './invitations';
import { takeLink } from './one-time-links';
import { hashPassword } from './passwords';
import { checkNewPassword, type PasswordProblem } from './password-policy';
import { getUserRow, setPasswordHash } from './users';

export type AcceptResult = 'accepted' | 'invalid-link' | PasswordProblem;

export async function acceptInvitation(
	db: Kysely<Tables>,
	token: string,
	password: string,
	meta: { address?: string | null; now?: Date } = {}
): Promise<AcceptResult> {
	const now = meta.now ?? new Date();
	const invited = await invitationFor(db, token, now);
	if (!invited) return 'invalid-link';
	const problem = checkNewPassword(password, { email: invited.email });
	if (problem) return problem;
	const passwordHash = await hashPassword(password);
	const userId = await takeLink(db, token, 'invitation', now);
	if (userId !== invited.id) return 'invalid-link';
	await setPasswordHash(db, userId, passwordHash, now);
	const row = await getUserRow(db, userId);
	await recordAudit(db, {
		actor: row ? { id: row.id, role: row.role } : null,
		action: 'user.accept-invitation',
		record: { type: 'user', id: userId },
		address: meta.address,
		at: now
	});
	return 'accepted';
}
