import { fail, redirect } from '@sveltejs/kit';
import { clientAddress } from '$lib/server/audit';
import { acceptInvitation } from '$lib/server/auth/accept-invitation';
import { publicActions, publicLoad } from '$lib/server/auth/access';
import { invitationFor } from '$lib/server/auth/invitations';
import { getDatabase } from '$lib/server/db';
import { problemMessage, readNewPassword } from '../../new-password';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// Open to anyone holding the link: the link itself is the credential.
export const load: PageServerLoad = publicLoad(async ({ params }) => {
	const { db } = await getDatabase();
	const invited = await invitationFor(db, params.token);
	return { email: invited?.email ?? null };
});

export const actions: Actions = publicActions({
	setPassword: async (event: RequestEvent) => {
		const { password, errors } = readNewPassword(await event.request.formData());
		if (Object.keys(errors).length > 0) return fail(400, { errors });
		const { db } = await getDatabase();
		const result = await acceptInvitation(db, event.params.token, password, {
			address: clientAddress(event)
		});
		if (result === 'invalid-link') return fail(410, { errors: {}, invalidLink: true });
		if (result !== 'accepted') return fail(400, { errors: problemMessage(result) });
		redirect(303, '/team/sign-in?notice=password-set');
	}
});
