import { clientAddress } from '$lib/server/audit';
import { publicActions, publicLoad } from '$lib/server/auth/access';
import { requestReset } from '$lib/server/auth/passwords-flow';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { EMAIL, field, invalid, textError, waitFor } from '$lib/components/form/forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = publicLoad(() => ({}));

export const actions: Actions = publicActions({
	requestReset: async (event: RequestEvent) => {
		const email = field(await event.request.formData(), 'email').trim();
		const emailError = textError(email, 'your email address');
		if (emailError || !EMAIL.test(email)) {
			return invalid(400, { email: emailError ?? m.auth_enter_email() }, { email });
		}
		const { db } = await getDatabase();
		const result = await requestReset(db, email, {
			origin: event.url.origin,
			address: clientAddress(event)
		});
		if (result.kind === 'throttled') {
			const message = m.auth_reset_throttled({ minutes: waitFor(result.retryAfter) });
			return invalid(429, { email: message }, { email });
		}
		return { sent: true };
	}
});
