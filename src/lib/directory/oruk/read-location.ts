/**
 * Where it happens, from `service_at_locations[].location`: physical locations become venues,
 * virtual ones make the activity online, and a service with none covers the whole area.
 * A venue needs a UK map position; one without is dropped, and a service whose every venue was
 * dropped is skipped, because shown as area-wide it would escape the distance rule.
 */
import type { AccessInfo, Venue } from '../model';
import { UK_POSTCODE } from '../validation';
import { childId, importedId } from './oruk-ids';
import { htmlToText, oneLine, truncate } from './plain-text';
import { readAccess, type AccessDisagreement } from './read-access';
import { accessFromTerms, termsOf } from './read-terms';
import {
	isObject,
	num,
	objects,
	str,
	type AccessConflict,
	type AccessDecidedBy,
	type Json,
	type ReadOptions
} from './types';

export interface ReadLocations {
	venues: Venue[];
	online: boolean;
	/** Names of physical locations that could not be placed on a map. */
	unplaced: string[];
	access: AccessDecidedBy;
	/** Where a venue's words and its attributes disagree about a feature. */
	accessConflicts: AccessConflict[];
}

const inUk = (lat: number, lng: number) => lat >= 49 && lat <= 61 && lng >= -9 && lng <= 2.5;

export function tidyPostcode(value: string): string {
	const compact = value.replace(/\s+/g, '').toUpperCase();
	return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

function position(location: Json, postcode: string, options: ReadOptions) {
	const lat = num(location.latitude);
	const lng = num(location.longitude);
	if (lat !== undefined && lng !== undefined) {
		if (inUk(lat, lng)) return { lat, lng };
		// Some feeds swap the two.
		if (inUk(lng, lat)) return { lat: lng, lng: lat };
	}
	const found = postcode ? options.locate?.(postcode) : undefined;
	return found && inUk(found.lat, found.lng) ? found : undefined;
}

function accessNotes(location: Json): string | undefined {
	const entries = [
		...objects(location.accessibility),
		...objects(location.accessibilities),
		...objects(location.accessibility_for_disabilities)
	];
	const words: string[] = [];
	for (const entry of entries) {
		for (const value of [entry.description ?? entry.accessibility, entry.details]) {
			const text = typeof value === 'string' ? htmlToText(value) : '';
			if (text && !words.includes(text)) words.push(text);
		}
	}
	return words.length > 0 ? truncate(words.join('\n\n'), 1000) : undefined;
}

interface VenueRead {
	venue?: Venue;
	access: AccessDecidedBy;
	conflicts: AccessDisagreement[];
}

function readVenue(
	location: Json,
	key: string,
	serviceAccess: AccessInfo | undefined,
	isOwnRecord: boolean,
	options: ReadOptions
): VenueRead {
	const addresses = objects(location.addresses ?? location.physical_addresses);
	const address = addresses.find((a) => str(a.address_type) !== 'postal') ?? addresses[0] ?? {};
	const postcode = tidyPostcode(str(address.postal_code) ?? '');
	const line1 = oneLine(str(address.address_1) ?? '');
	const town = oneLine(
		str(address.city) ?? str(address.region) ?? str(address.state_province) ?? ''
	);
	const place = position(location, postcode, options);
	if (!place || !line1 || !town || !UK_POSTCODE.test(postcode))
		return { access: 'none', conflicts: [] };
	const notes = accessNotes(location);
	const ownTerms = accessFromTerms(termsOf(location.attributes));
	const attributes = ownTerms || serviceAccess ? { ...serviceAccess, ...ownTerms } : undefined;
	const read = readAccess({ attributes, notes, isOwnRecord });
	const line2 = oneLine(str(address.address_2) ?? '');
	const rawId = str(location.id);
	const venue: Venue = {
		// Waymark's export names a venue id that is not a UUID in `wm_source_id`.
		id: str(location.wm_source_id) ?? (rawId ? importedId(options.source, 'location', rawId) : key),
		name: truncate(oneLine(str(location.name) ?? '') || line1, 200),
		address: { line1, ...(line2 ? { line2 } : {}), town, postcode },
		lat: place.lat,
		lng: place.lng,
		access: read.access,
		...(notes ? { accessNotes: notes } : {})
	};
	return { venue, access: read.decided, conflicts: read.disagreements };
}

/** `isOwnRecord`: the service is Waymark's own (`wm_schema`), whose access attributes are complete. */
export function readLocations(
	service: Json,
	serviceId: string,
	options: ReadOptions,
	isOwnRecord: boolean
): ReadLocations {
	const serviceAccess = accessFromTerms(termsOf(service.attributes));
	const result: ReadLocations = {
		venues: [],
		online: false,
		unplaced: [],
		access: 'none',
		accessConflicts: []
	};
	objects(service.service_at_locations).forEach((link, index) => {
		const location = isObject(link.location) ? link.location : link;
		const type = str(location.location_type)?.toLowerCase();
		if (type === 'virtual') {
			result.online = true;
			return;
		}
		if (type === 'postal') return;
		const key = childId(serviceId, 'location', index);
		const read = readVenue(location, key, serviceAccess, isOwnRecord, options);
		if (!read.venue) {
			result.unplaced.push(oneLine(str(location.name) ?? '') || `location ${index + 1}`);
			return;
		}
		const { venue } = read;
		if (result.venues.some((v) => v.id === venue.id)) return;
		result.venues.push(venue);
		for (const conflict of read.conflicts)
			result.accessConflicts.push({ venue: venue.name, ...conflict });
		if (read.access === 'waymark-term' || (read.access === 'text' && result.access === 'none')) {
			result.access = read.access;
		}
	});
	return result;
}
