/**
 * Resolves the session once per request into `event.locals`. Requests without the cookie
 * (every patient) never touch the sessions table.
 */
import type { Handle } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db';
import { clearSessionCookie, readSessionCookie } from './cookies';
import { deleteSession, resolveSession } from './sessions';
import { getStaffUser } from './users';

export const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = readSessionCookie(event.cookies, event.url);
	if (token) {
		const { db } = await getDatabase();
		const session = await resolveSession(db, token);
		const user = session ? await getStaffUser(db, session.userId) : null;
		if (session && user?.status === 'active') {
			event.locals.session = session;
			if (session.stage === 'full') event.locals.user = user;
		} else {
			if (session) await deleteSession(db, session.id);
			clearSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
