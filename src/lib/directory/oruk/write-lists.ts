/**
 * The other shapes the ORUK v3 API serves, derived from a full service so they never disagree
 * with it: a `/services` list item (service_list.json), and service-at-location bodies, full
 * (`/service_at_locations/{id}`) and as list items. Taxonomies are in write-terms.ts.
 */
import type { OrukService } from './write-v3';

type Json = Record<string, unknown>;

const SERVICE_LIST_FIELDS = [
	'id',
	'organization_id',
	'name',
	'description',
	'url',
	'email',
	'status',
	'fees',
	'accreditations',
	'minimum_age',
	'maximum_age',
	'assured_date',
	'assurer_email',
	'alert',
	'last_modified'
];
const ORGANIZATION_LIST_FIELDS = ['id', 'name', 'description', 'email', 'website', 'logo', 'uri'];
const LOCATION_LIST_FIELDS = [
	'id',
	'location_type',
	'name',
	'description',
	'latitude',
	'longitude',
	'external_identifier',
	'external_identifier_type'
];

function pick(object: Json, fields: readonly string[]): Json {
	return Object.fromEntries(
		fields.filter((f) => object[f] !== undefined).map((f) => [f, object[f]])
	);
}

/** `wm_` fields travel with every shape, so a reader of any endpoint gets Waymark's extras. */
function waymarkFields(object: Json): Json {
	return Object.fromEntries(Object.entries(object).filter(([key]) => key.startsWith('wm_')));
}

export function serviceListItem(service: OrukService): Json {
	const organization = (service.organization ?? {}) as Json;
	return {
		...pick(service, SERVICE_LIST_FIELDS),
		organization: {
			...pick(organization, ORGANIZATION_LIST_FIELDS),
			...waymarkFields(organization)
		},
		...waymarkFields(service)
	};
}

/** A full service-at-location: the location, and the service without its other locations. */
export function serviceAtLocations(service: OrukService): Json[] {
	const { service_at_locations: links, ...rest } = service;
	return (Array.isArray(links) ? (links as Json[]) : []).map((link) => ({
		...link,
		service: rest
	}));
}

export function serviceAtLocationListItem(full: Json): Json {
	const location = (full.location ?? {}) as Json;
	return {
		id: full.id,
		service_id: full.service_id,
		location_id: full.location_id,
		location: pick(location, LOCATION_LIST_FIELDS),
		service: serviceListItem(full.service as OrukService)
	};
}
