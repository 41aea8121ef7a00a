/**
 * `/openreferral/services` and `/openreferral/service_at_locations`, lists and single records,
 * over the published directory of the current revision. Each takes the database and the
 * request URL so tests can call it without a server.
 */
import type { OrukService } from '../../directory/oruk/write-v3';
import { serviceAtLocationListItem, serviceListItem } from '../../directory/oruk/write-lists';
import type { Database } from '../db/index';
import { lookupPostcode, type GeocoderOptions } from '../geocoding';
import { matchesFilters } from './filters';
import * as m from '$lib/paraglide/messages';
import { metresTo, nearestFirst, type Origin } from './nearby';
import { pageOf } from './paging';
import { getPublishedDirectory, type PublishedDirectory } from './published-directory';
import { parseListQuery, QueryError, type ListQuery } from './query';
import { answer, errorResponse, jsonResponse } from './responses';

type Json = Record<string, unknown>;

async function originOf(query: ListQuery, options: GeocoderOptions): Promise<Origin | undefined> {
	if (!query.postcode) return undefined;
	const place = await lookupPostcode(query.postcode, options);
	if (!place) throw new QueryError(m.oruk_postcode_not_found());
	return place;
}

function filtered(directory: PublishedDirectory, query: ListQuery): OrukService[] {
	return directory.services.filter((service) =>
		matchesFilters(directory.facts.get(service.id)!, query.filters)
	);
}

function locationsOf(service: OrukService): Json[] {
	const links = Array.isArray(service.service_at_locations) ? service.service_at_locations : [];
	return (links as Json[]).map((link) => link.location as Json);
}

export function servicesList(
	database: Database,
	url: URL,
	options: GeocoderOptions = {}
): Promise<Response> {
	return answer(async () => {
		const query = parseListQuery(url.searchParams);
		const origin = await originOf(query, options);
		const directory = await getPublishedDirectory(database);
		let services = filtered(directory, query);
		if (origin) {
			const distance = (s: OrukService) =>
				Math.min(Infinity, ...locationsOf(s).map((l) => metresTo(origin, l)));
			services = nearestFirst(services, distance, query.proximity);
		}
		const page = pageOf(services, query.page, query.perPage);
		return jsonResponse({ ...page, contents: page.contents.map(serviceListItem) });
	});
}

export function serviceDetail(database: Database, id: string): Promise<Response> {
	return answer(async () => {
		const directory = await getPublishedDirectory(database);
		const service = directory.serviceById.get(id.toLowerCase());
		return service
			? jsonResponse(service)
			: errorResponse(404, m.oruk_not_found({ what: 'service' }));
	});
}

export function serviceAtLocationsList(
	database: Database,
	url: URL,
	options: GeocoderOptions = {}
): Promise<Response> {
	return answer(async () => {
		const query = parseListQuery(url.searchParams);
		const origin = await originOf(query, options);
		const directory = await getPublishedDirectory(database);
		const serviceIds = new Set(filtered(directory, query).map((s) => s.id));
		let locations = directory.locations.filter((l) => serviceIds.has(String(l.service_id)));
		if (origin) {
			const distance = (l: Json) => metresTo(origin, l.location as Json);
			locations = nearestFirst(locations, distance, query.proximity);
		}
		const page = pageOf(locations, query.page, query.perPage);
		return jsonResponse({ ...page, contents: page.contents.map(serviceAtLocationListItem) });
	});
}

export function serviceAtLocationDetail(database: Database, id: string): Promise<Response> {
	return answer(async () => {
		const directory = await getPublishedDirectory(database);
		const location = directory.locationById.get(id.toLowerCase());
		return location
			? jsonResponse(location)
			: errorResponse(404, m.oruk_not_found({ what: 'service at location' }));
	});
}
