import { redirect } from '@sveltejs/kit';
import { clientAddress } from '$lib/server/audit';
import { staffActions, staffLoad } from '$lib/server/auth/access';
import { inviteUser } from '$lib/server/auth/invitations';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import { EMAIL, field, textError, type Errors } from '$lib/components/form/forms';
import { accessChoices, readAccess } from '../access-form';
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = staffLoad('admin', async () => ({
	choices: await accessChoices(await getDatabase())
}));

export const actions: Actions = staffActions('admin', {
	invite: async (event: RequestEvent, user) => {
		const data = await event.request.formData();
		const database = await getDatabase();
		const errors: Errors = {};
		const email = field(data, 'email').trim();
		const emailError = textError(email, 'the email address');
		if (emailError || !EMAIL.test(email)) errors.email = emailError ?? m.users_errors_email();
		const { values, scopes } = await readAccess(database, data, errors);
		if (Object.keys(errors).length > 0) return fail(400, { errors, values: { ...values, email } });
		const result = await inviteUser(
			database.db,
			{ email, name: values.name, role: values.role as Exclude<typeof values.role, ''>, scopes },
			{ origin: event.url.origin, actor: user, address: clientAddress(event) }
		);
		if (result.kind === 'exists') {
			return fail(400, {
				errors: { email: m.users_errors_exists() } as Errors,
				values: { ...values, email }
			});
		}
		redirect(303, `/team/users/${result.userId}?notice=invited`);
	}
});
