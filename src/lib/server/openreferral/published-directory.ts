/**
 * The published directory in every shape the ORUK API serves, built once per directory
 * revision (like the app's snapshot) so a page request costs one small query, not a rebuild
 * of every service.
 */
import type { OrukService } from '../../directory/oruk/write-v3';
import { serviceAtLocations } from '../../directory/oruk/write-lists';
import { directoryRevision } from '../db/activities';
import type { Database } from '../db/index';
import { factsOf, type ServiceFacts } from './filters';
import { publishedServices } from './published-services';

type Json = Record<string, unknown>;

export interface PublishedDirectory {
	revision: number;
	/** In name order, fully nested. */
	services: OrukService[];
	serviceById: Map<string, OrukService>;
	/** What the filters read about each service, by service id. */
	facts: Map<string, ServiceFacts>;
	/** Full service-at-locations, grouped by service in the services' order. */
	locations: Json[];
	locationById: Map<string, Json>;
}

type Cached = { revision: number; directory: Promise<PublishedDirectory> };
const cache = new WeakMap<Database, Cached>();

export async function getPublishedDirectory(database: Database): Promise<PublishedDirectory> {
	const revision = await directoryRevision(database);
	let cached = cache.get(database);
	if (cached?.revision !== revision) {
		const entry: Cached = { revision, directory: build(database, revision) };
		cache.set(database, entry);
		entry.directory.catch(() => {
			if (cache.get(database) === entry) cache.delete(database);
		});
		cached = entry;
	}
	return cached.directory;
}

async function build(database: Database, revision: number): Promise<PublishedDirectory> {
	const services = await publishedServices(database);
	const locations = services.flatMap(serviceAtLocations);
	return {
		revision,
		services,
		serviceById: new Map(services.map((s) => [s.id, s])),
		facts: new Map(services.map((s) => [s.id, factsOf(s)])),
		locations,
		locationById: new Map(locations.map((l) => [String(l.id), l]))
	};
}
