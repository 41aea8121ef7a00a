import { requireScope, staffLoad } from '$lib/server/auth/access';
import { getDatabase } from '$lib/server/db';
import { getOrganisation } from '$lib/server/db/activities';
import type { PageServerLoad, RequestEvent } from './$types';

/** An organisation's page, for its own VCSE editors only: the listings it has. */
export const load: PageServerLoad = staffLoad('vcse-editor', async (event: RequestEvent, user) => {
	const database = await getDatabase();
	const found = await getOrganisation(database, event.params.id);
	const organisation = requireScope(user, found, (o) => ({ organisation: o.id }));
	const listings = await database.db
		.selectFrom('activities')
		.select(['id', 'name', 'listing'])
		.where('organisation_id', '=', organisation.id)
		.orderBy('name')
		.execute();
	return { name: organisation.name, listings };
});
