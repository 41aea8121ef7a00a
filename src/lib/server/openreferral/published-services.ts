/**
 * The published directory as ORUK v3 full services: the one place that makes them, so
 * `GET /openreferral/services/{id}` and `npm run export` always agree. Every published listing
 * is included whatever its status; ORUK readers see `status` and decide for themselves.
 */
import { serviceToOruk, type OrukService } from '../../directory/oruk/write-v3';
import { getOrganisation, listActivities, listOrganisations } from '../db/activities';
import type { Database } from '../db/index';

/** Published services in name order, fully nested. */
export async function publishedServices(database: Database): Promise<OrukService[]> {
	const [activities, organisations] = await Promise.all([
		listActivities(database, { listing: 'published' }),
		listOrganisations(database, 'published')
	]);
	const byId = new Map(organisations.map((o) => [o.id, o]));
	const services: OrukService[] = [];
	for (const activity of activities) {
		// A listing published between the two reads has an organisation the second one missed.
		const organisation =
			byId.get(activity.organisation.id) ??
			(await getOrganisation(database, activity.organisation.id));
		if (!organisation) throw new Error(`Activity ${activity.id} has no organisation`);
		services.push(serviceToOruk(activity, organisation));
	}
	return services;
}
