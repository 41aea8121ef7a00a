import { fail, redirect } from '@sveltejs/kit';
import { clientAddress } from '$lib/server/audit';
import { publicActions, publicLoad } from '$lib/server/auth/access';
import { completeReset, resetLinkIsValid } from '$lib/server/auth/passwords-flow';
import { getDatabase } from '$lib/server/db';
import { problemMessage, readNewPassword } from '../../new-password';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Open to anyone holding the link: the link itself is the credential.
export const load: PageServerLoad = publicLoad(async ({ params }) => {
	const { db } = await getDatabase();
	return { isValid: await resetLinkIsValid(db, params.token) };
});

export const actions: Actions = publicActions({
	resetPassword: async (event: RequestEvent) => {
		const { password, errors } = readNewPassword(await event.request.formData());
		if (Object.keys(errors).length > 0) return fail(400, { errors });
		const { db } = await getDatabase();
		const result = await completeReset(db, event.params.token, password, {
			address: clientAddress(event)
		});
		if (result === 'invalid-link') return fail(410, { errors: {}, invalidLink: true });
		if (result !== 'reset') return fail(400, { errors: problemMessage(result) });
		redirect(303, '/team/sign-in?notice=password-reset');
	}
});
