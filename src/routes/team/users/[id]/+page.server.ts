import { error, fail, redirect } from '@sveltejs/kit';
import { clientAddress, recordAudit, type AuditAction } from '$lib/server/audit';
import { staffActions, staffLoad } from '$lib/server/auth/access';
import { sendInvitation } from '$lib/server/auth/invitations';
import { deleteUserSessions } from '$lib/server/auth/sessions';
import { turnOffTotp } from '$lib/server/auth/two-factor';
import {
	countActiveAdmins,
	getStaffUser,
	setStatus,
	updateAccess,
	type StaffUser
} from '$lib/server/auth/users';
import { getDatabase } from '$lib/server/db';
import * as m from '$lib/paraglide/messages';
import type { Errors } from '$lib/components/form/forms';
import { accessChoices, readAccess } from '../access-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const NOTICES: Record<string, string> = {
	invited: m.users_resent(),
	saved: m.team_saved(),
	resent: m.users_resent(),
	disabled: m.users_disabled(),
	enabled: m.users_enabled(),
	'two-factor-reset': m.users_two_factor_reset(),
	'signed-out': m.users_signed_out()
};

/** The account an admin is looking at: 404 when there is none. */
async function target(event: RequestEvent): Promise<StaffUser> {
	const { db } = await getDatabase();
	const user = await getStaffUser(db, event.params.id);
	if (!user) error(404, 'Not found');
	return user;
}

export const load: PageServerLoad = staffLoad('admin', async (event: RequestEvent, admin) => {
	const user = await target(event);
	const notice = event.url.searchParams.get('notice') ?? '';
	return {
		user,
		isSelf: user.id === admin.id,
		notice: notice === 'invited' ? m.team_saved() : (NOTICES[notice] ?? null),
		choices: await accessChoices(await getDatabase())
	};
});

/** Records an admin's action on an account and returns to it with a notice. */
async function done(event: RequestEvent, admin: StaffUser, action: AuditAction, notice: string) {
	const { db } = await getDatabase();
	await recordAudit(db, {
		actor: admin,
		action,
		record: { type: 'user', id: event.params.id },
		address: clientAddress(event)
	});
	redirect(303, `/team/users/${event.params.id}?notice=${notice}`);
}

/** An admin may not lock Waymark out of its last admin, or lock themselves out. */
async function leavesAnAdmin(user: StaffUser, admin: StaffUser): Promise<Errors | null> {
	if (user.id === admin.id) return { actions: m.users_errors_self() };
	const { db } = await getDatabase();
	if (user.role === 'admin' && user.status === 'active' && (await countActiveAdmins(db)) <= 1) {
		return { actions: m.users_errors_last_admin() };
	}
	return null;
}

export const actions: Actions = staffActions('admin', {
	updateAccess: async (event: RequestEvent, admin) => {
		const user = await target(event);
		const database = await getDatabase();
		const errors: Errors = {};
		const { values, scopes } = await readAccess(database, await event.request.formData(), errors);
		if (values.role !== user.role) Object.assign(errors, await leavesAnAdmin(user, admin));
		if (Object.keys(errors).length > 0) return fail(400, { errors, values });
		const role = values.role as StaffUser['role'];
		await updateAccess(database.db, user.id, { name: values.name, role, scopes });
		// New rights take effect at once: the person signs in again to pick them up.
		if (role !== user.role || scopes.join() !== user.scopes.join()) {
			await deleteUserSessions(database.db, user.id);
		}
		await done(event, admin, 'user.update-access', 'saved');
	},
	resendInvitation: async (event: RequestEvent, admin) => {
		const user = await target(event);
		if (user.status !== 'invited') error(409, 'This account has already been set up');
		const { db } = await getDatabase();
		await sendInvitation(db, user.id, { origin: event.url.origin, actor: admin });
		await done(event, admin, 'user.resend-invitation', 'resent');
	},
	disable: async (event: RequestEvent, admin) => {
		const user = await target(event);
		const errors = await leavesAnAdmin(user, admin);
		if (errors) return fail(400, { errors, values: undefined });
		const { db } = await getDatabase();
		await setStatus(db, user.id, 'disabled');
		await deleteUserSessions(db, user.id);
		await done(event, admin, 'user.disable', 'disabled');
	},
	enable: async (event: RequestEvent, admin) => {
		const user = await target(event);
		if (user.status !== 'disabled') error(409, 'This account is not disabled');
		const { db } = await getDatabase();
		const row = await db
			.selectFrom('users')
			.select('password_hash')
			.where('id', '=', user.id)
			.executeTakeFirst();
		await setStatus(db, user.id, row?.password_hash ? 'active' : 'invited');
		await done(event, admin, 'user.enable', 'enabled');
	},
	resetTwoFactor: async (event: RequestEvent, admin) => {
		const user = await target(event);
		if (user.id === admin.id)
			return fail(400, { errors: { actions: m.users_errors_self() } as Errors, values: undefined });
		const { db } = await getDatabase();
		await turnOffTotp(db, user, admin, { address: clientAddress(event) });
		await deleteUserSessions(db, user.id);
		redirect(303, `/team/users/${user.id}?notice=two-factor-reset`);
	},
	signOutEverywhere: async (event: RequestEvent, admin) => {
		const user = await target(event);
		const { db } = await getDatabase();
		await deleteUserSessions(db, user.id);
		await done(event, admin, 'user.sign-out-everywhere', 'signed-out');
	}
});
