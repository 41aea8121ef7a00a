import { redirect } from '@sveltejs/kit';
import { clientAddress } from '$lib/server/audit';
import { publicActions, publicLoad, safeNextPath } from '$lib/server/auth/access';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { deleteSession } from '$lib/server/auth/sessions';
import { signIn } from '$lib/server/auth/sign-in';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { field, invalid, textError, waitFor, type Errors } from '$lib/components/form/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = publicLoad(({ locals, url }) => {
	if (locals.user) redirect(303, safeNextPath(url.searchParams.get('next')));
	const notice = url.searchParams.get('notice');
	return { notice: notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null };
});

const NOTICES = {
	'password-set': m.auth_password_set(),
	'password-reset': m.auth_reset_done(),
	'signed-out': m.auth_signed_out()
};

export const actions: Actions = publicActions({
	signIn: async (event: RequestEvent) => {
		const data = await event.request.formData();
		const email = field(data, 'email').trim();
		const password = field(data, 'password');
		const errors: Errors = {};
		const emailError = email ? textError(email, 'your email address') : m.auth_enter_email();
		if (emailError) errors.email = emailError;
		if (!password) errors.password = m.auth_enter_password();
		if (Object.keys(errors).length > 0) return invalid(400, errors, { email });

		const { db } = await getDatabase();
		const result = await signIn(db, email, password, {
			address: clientAddress(event),
			userAgent: event.request.headers.get('user-agent')
		});
		if (result.kind === 'invalid') {
			return invalid(400, { email: m.auth_wrong_details() }, { email });
		}
		if (result.kind === 'throttled') {
			const message = m.auth_throttled({ minutes: waitFor(result.retryAfter) });
			return invalid(429, { email: message }, { email });
		}
		// A new session id at every sign-in: whatever session the browser had before is gone.
		if (event.locals.session) await deleteSession(db, event.locals.session.id);
		setSessionCookie(event.cookies, event.url, result.token);
		const next = safeNextPath(event.url.searchParams.get('next'));
		if (result.kind === 'second-factor') {
			redirect(303, `/team/sign-in/code?next=${encodeURIComponent(next)}`);
		}
		redirect(303, next);
	}
});
