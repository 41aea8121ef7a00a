import { redirect } from '@sveltejs/kit';
import { clientAddress, recordAudit } from '$lib/server/audit';
import { publicActions, publicLoad } from '$lib/server/auth/access';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import { deleteSession } from '$lib/server/auth/sessions';
import { getDatabase } from '$lib/server/db';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = publicLoad(() => redirect(303, '/team'));

// Open to anyone: signing out with no session simply clears the cookie.
export const actions: Actions = publicActions({
	signOut: async (event: RequestEvent) => {
		const { session, user } = event.locals;
		if (session) {
			const { db } = await getDatabase();
			await deleteSession(db, session.id);
			if (user) {
				await recordAudit(db, {
					actor: user,
					action: 'session.sign-out',
					record: { type: 'user', id: user.id },
					address: clientAddress(event)
				});
			}
		}
		clearSessionCookie(event.cookies, event.url);
		redirect(303, '/team/sign-in?notice=signed-out');
	}
});
