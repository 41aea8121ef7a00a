import { error, redirect } from '@sveltejs/kit';
import { clientAddress, recordAudit } from '$lib/server/audit';
import { staffActions, staffLoad } from '$lib/server/auth/access';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { changePassword } from '$lib/server/auth/passwords-flow';
import { deleteSession, deleteUserSessions, listUserSessions } from '$lib/server/auth/sessions';
import { hashToken } from '$lib/server/auth/tokens';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { field, invalid } from '$lib/components/form/forms';
import { problemMessage, readNewPassword } from '../new-password';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** A handle for a session on the page: it names the session but cannot be used as one. */
function handleOf(sessionId: string): string {
	return hashToken(sessionId).slice(0, 16);
}

export const load: PageServerLoad = staffLoad('any', async ({ locals }, user) => {
	const { db } = await getDatabase();
	const sessions = await listUserSessions(db, user.id);
	return {
		user: { name: user.name, email: user.email, role: user.role, hasTotp: user.hasTotp },
		sessions: sessions.map((s) => ({
			key: handleOf(s.id),
			isCurrent: s.id === locals.session?.id,
			createdAt: s.createdAt,
			lastSeenAt: s.lastSeenAt,
			userAgent: s.userAgent
		}))
	};
});

export const actions: Actions = staffActions('any', {
	changePassword: async (event: RequestEvent, user) => {
		const data = await event.request.formData();
		const { password, errors } = readNewPassword(data);
		if (Object.keys(errors).length > 0) return invalid(400, errors);
		const { db } = await getDatabase();
		const result = await changePassword(db, user.id, field(data, 'current'), password, {
			address: clientAddress(event),
			keepSession: event.locals.session?.id
		});
		if (result === 'wrong-password') return invalid(400, { current: m.account_wrong_current() });
		if (result !== 'changed') return invalid(400, problemMessage(result));
		return { notice: m.account_password_changed() };
	},
	signOutSession: async (event: RequestEvent, user) => {
		const key = field(await event.request.formData(), 'session');
		const { db } = await getDatabase();
		// The record check: the session must be one of this user's own.
		const target = (await listUserSessions(db, user.id)).find((s) => handleOf(s.id) === key);
		if (!target) error(404, 'Not found');
		await deleteSession(db, target.id);
		await recordAudit(db, {
			actor: user,
			action: 'session.sign-out-device',
			record: { type: 'user', id: user.id },
			address: clientAddress(event)
		});
		if (target.id === event.locals.session?.id) {
			clearSessionCookie(event.cookies, event.url);
			redirect(303, '/team/sign-in?notice=signed-out');
		}
		redirect(303, '/team/account');
	},
	signOutEverywhere: async (event: RequestEvent, user) => {
		const { db } = await getDatabase();
		await deleteUserSessions(db, user.id);
		await recordAudit(db, {
			actor: user,
			action: 'session.sign-out-everywhere',
			record: { type: 'user', id: user.id },
			address: clientAddress(event)
		});
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/team/sign-in?notice=signed-out');
	}
});
