/** Conversion between the directory model and its table rows. */
import type { Activity, Organisation, Venue } from '../../directory/model';
import type { ActivitiesTable, Listing, OrganisationsTable, VenuesTable } from './schema';

type ActivityColumns = Omit<
	ActivitiesTable,
	'listing' | 'content_hash' | 'created_at' | 'updated_at'
>;

export function activityToRow(activity: Activity): ActivityColumns {
	return {
		id: activity.id,
		organisation_id: activity.organisation.id,
		name: activity.name,
		summary: activity.summary,
		description: activity.description,
		categories: JSON.stringify(activity.categories),
		keywords: JSON.stringify(activity.keywords),
		online: activity.online ? 1 : 0,
		schedule: JSON.stringify(activity.schedule),
		cost: JSON.stringify(activity.cost),
		min_age: activity.minAge ?? null,
		max_age: activity.maxAge ?? null,
		audience: JSON.stringify(activity.audience),
		eligibility: activity.eligibility ?? null,
		languages: JSON.stringify(activity.languages),
		how_to_join: activity.howToJoin,
		contact: JSON.stringify(activity.contact),
		capacity: activity.capacity,
		status: activity.status,
		last_reviewed: activity.lastReviewed,
		source: activity.source,
		source_id: activity.sourceId,
		demo: activity.demo ? 1 : 0
	};
}

export function rowToActivity(
	row: ActivityColumns,
	organisationName: string,
	venues: Venue[]
): Activity {
	return withoutUndefined({
		id: row.id,
		organisation: { id: row.organisation_id, name: organisationName },
		name: row.name,
		summary: row.summary,
		description: row.description,
		categories: JSON.parse(row.categories),
		keywords: JSON.parse(row.keywords),
		venues,
		online: Boolean(row.online),
		schedule: JSON.parse(row.schedule),
		cost: JSON.parse(row.cost),
		minAge: row.min_age ?? undefined,
		maxAge: row.max_age ?? undefined,
		audience: JSON.parse(row.audience),
		eligibility: row.eligibility ?? undefined,
		languages: JSON.parse(row.languages),
		howToJoin: row.how_to_join as Activity['howToJoin'],
		contact: JSON.parse(row.contact),
		capacity: row.capacity as Activity['capacity'],
		status: row.status as Activity['status'],
		lastReviewed: row.last_reviewed,
		source: row.source,
		sourceId: row.source_id,
		demo: Boolean(row.demo)
	});
}

export function venueToRow(venue: Venue, updatedAt: string): VenuesTable {
	return {
		id: venue.id,
		name: venue.name,
		line1: venue.address.line1,
		line2: venue.address.line2 ?? null,
		town: venue.address.town,
		postcode: venue.address.postcode,
		lat: venue.lat,
		lng: venue.lng,
		access: JSON.stringify(venue.access),
		access_notes: venue.accessNotes ?? null,
		updated_at: updatedAt
	};
}

export function rowToVenue(row: VenuesTable): Venue {
	return withoutUndefined({
		id: row.id,
		name: row.name,
		address: withoutUndefined({
			line1: row.line1,
			line2: row.line2 ?? undefined,
			town: row.town,
			postcode: row.postcode
		}),
		lat: Number(row.lat),
		lng: Number(row.lng),
		access: JSON.parse(row.access),
		accessNotes: row.access_notes ?? undefined
	});
}

export function organisationToRow(org: Organisation, updatedAt: string): OrganisationsTable {
	return {
		id: org.id,
		name: org.name,
		description: org.description,
		website: org.website ?? null,
		email: org.email ?? null,
		phone: org.phone ?? null,
		source: org.source,
		source_id: org.sourceId,
		demo: org.demo ? 1 : 0,
		updated_at: updatedAt
	};
}

export function rowToOrganisation(row: OrganisationsTable): Organisation {
	return withoutUndefined({
		id: row.id,
		name: row.name,
		description: row.description,
		website: row.website ?? undefined,
		email: row.email ?? undefined,
		phone: row.phone ?? undefined,
		source: row.source,
		sourceId: row.source_id,
		demo: Boolean(row.demo)
	});
}

/** Optional fields are absent rather than `undefined`, so rows round-trip to equal objects. */
function withoutUndefined<T extends object>(value: T): T {
	for (const key of Object.keys(value) as (keyof T)[]) {
		if (value[key] === undefined) delete value[key];
	}
	return value;
}

export type { Listing };
