import { fail, redirect } from '@sveltejs/kit';
import { clientAddress } from '$lib/server/audit';
import { publicActions, publicLoad, safeNextPath } from '$lib/server/auth/access';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { countUnusedRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { completeSecondFactor } from '$lib/server/auth/sign-in';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { field, waitFor } from '$lib/components/form/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Open only to a session whose password was right and which waits for its second factor.
export const load: PageServerLoad = publicLoad(({ locals }) => {
	if (locals.session?.stage !== 'second-factor') redirect(303, '/team/sign-in');
	return {};
});

export const actions: Actions = publicActions({
	verifyCode: async (event: RequestEvent) => {
		const pending = event.locals.session;
		if (pending?.stage !== 'second-factor') redirect(303, '/team/sign-in');
		const code = field(await event.request.formData(), 'code').trim();
		if (!code) return fail(400, { errors: { code: m.auth_enter_code() } });
		const { db } = await getDatabase();
		const result = await completeSecondFactor(db, pending, code, {
			address: clientAddress(event),
			userAgent: event.request.headers.get('user-agent')
		});
		if (result.kind === 'throttled') {
			const message = m.auth_code_throttled({ minutes: waitFor(result.retryAfter) });
			return fail(429, { errors: { code: message } });
		}
		if (result.kind !== 'signed-in') return fail(400, { errors: { code: m.auth_wrong_code() } });
		setSessionCookie(event.cookies, event.url, result.token);
		if (result.usedRecoveryCode) {
			const count = await countUnusedRecoveryCodes(db, result.userId);
			return { notice: m.auth_recovery_code_used({ count }) };
		}
		redirect(303, safeNextPath(event.url.searchParams.get('next')));
	}
});
