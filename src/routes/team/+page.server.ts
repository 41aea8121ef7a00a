import { staffLoad } from '$lib/server/auth/access';
import { loadAreaConfig } from '$lib/server/area';
import { getDatabase } from '$lib/server/db';
import { getOrganisation } from '$lib/server/db/activities';
import type { PageServerLoad } from './$types';

/** The staff home: what this person works with, by role. */
export const load: PageServerLoad = staffLoad('any', async (_event, user) => {
	const pcns =
		user.role === 'link-worker'
			? loadAreaConfig()
					.pcns.filter((p) => user.scopes.includes(p.id))
					.map((p) => ({ id: p.id, name: p.name }))
			: [];
	const database = user.role === 'vcse-editor' ? await getDatabase() : null;
	const organisations = database
		? (await Promise.all(user.scopes.map((id) => getOrganisation(database, id))))
				.filter((o) => o !== undefined)
				.map((o) => ({ id: o.id, name: o.name }))
		: [];
	return { role: user.role, name: user.name, pcns, organisations };
});
