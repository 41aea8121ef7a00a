import { requireScope, staffLoad } from '$lib/server/auth/access';
import { loadAreaConfig } from '$lib/server/area';
import type { PageServerLoad, RequestEvent } from './$types';

/** A PCN's page, for its own link workers only: its practices, and the way to its requests. */
export const load: PageServerLoad = staffLoad('link-worker', (event: RequestEvent, user) => {
	const found = loadAreaConfig().pcns.find((p) => p.id === event.params.id);
	const pcn = requireScope(user, found, (p) => ({ pcn: p.id }));
	return { name: pcn.name, practices: pcn.practices.map((p) => ({ ods: p.ods, name: p.name })) };
});
