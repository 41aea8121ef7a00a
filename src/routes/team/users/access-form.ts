/** Reads and checks the role-and-scope fields shared by the invite and edit forms. */
import { loadAreaConfig } from '$lib/server/area';
import type { Database } from '$lib/server/db';
import { getOrganisation } from '$lib/server/db/activities';
import { STAFF_ROLES, type StaffRole } from '$lib/server/auth/users';
import * as m from '$lib/paraglide/messages';
import { field, textError, type Errors } from '$lib/components/form/forms';

export interface AccessValues {
	name: string;
	role: StaffRole | '';
	pcns: string[];
	organisation: string;
}

export async function readAccess(database: Database, data: FormData, errors: Errors) {
	const role = field(data, 'role') as StaffRole;
	const values: AccessValues = {
		name: field(data, 'name').trim(),
		role: STAFF_ROLES.includes(role) ? role : '',
		pcns: data.getAll('pcns').filter((v): v is string => typeof v === 'string'),
		organisation: field(data, 'organisation')
	};
	const nameError = values.name ? textError(values.name, 'their name') : m.users_errors_name();
	if (nameError) errors.name = nameError;
	if (!values.role) errors.role = m.users_errors_role();
	const known = new Set(loadAreaConfig().pcns.map((p) => p.id));
	if (values.role === 'link-worker' && !values.pcns.some((p) => known.has(p))) {
		errors.pcns = m.users_errors_pcns();
	}
	if (
		values.role === 'vcse-editor' &&
		!(values.organisation && (await getOrganisation(database, values.organisation)))
	) {
		errors.organisation = m.users_errors_organisation();
	}
	const scopes =
		values.role === 'link-worker'
			? values.pcns.filter((p) => known.has(p))
			: values.role === 'vcse-editor'
				? [values.organisation]
				: [];
	return { values, scopes };
}

/** The choices the forms offer: the area's PCNs and the directory's organisations. */
export async function accessChoices(database: Database) {
	const organisations = await database.db
		.selectFrom('organisations')
		.select(['id', 'name'])
		.orderBy('name')
		.execute();
	return { pcns: loadAreaConfig().pcns.map((p) => ({ id: p.id, name: p.name })), organisations };
}
