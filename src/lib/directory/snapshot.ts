/**
 * The app's copy of the published directory (GET /api/directory): venues and organisation
 * names are listed once and referred to by id, which keeps the snapshot small on a phone's
 * data plan; `expandSnapshot` turns it back into plain activities for ranking.
 */
import type { Activity, OrganisationRef, Venue } from './model';

export const SNAPSHOT_VERSION = 1;

export type SnapshotActivity = Omit<Activity, 'organisation' | 'venues'> & {
	organisationId: string;
	venueIds: string[];
};

export interface DirectorySnapshot {
	version: typeof SNAPSHOT_VERSION;
	/** Changes whenever the published directory does. */
	revision: number;
	generatedAt: string;
	organisations: OrganisationRef[];
	venues: Venue[];
	activities: SnapshotActivity[];
}

export function toSnapshot(
	activities: Activity[],
	revision: number,
	generatedAt: Date
): DirectorySnapshot {
	const organisations = new Map<string, OrganisationRef>();
	const venues = new Map<string, Venue>();
	const compact = activities.map(({ organisation, venues: own, ...rest }) => {
		organisations.set(organisation.id, organisation);
		for (const venue of own) venues.set(venue.id, venue);
		return { ...rest, organisationId: organisation.id, venueIds: own.map((v) => v.id) };
	});
	return {
		version: SNAPSHOT_VERSION,
		revision,
		generatedAt: generatedAt.toISOString(),
		organisations: [...organisations.values()],
		venues: [...venues.values()],
		activities: compact
	};
}

export function expandSnapshot(snapshot: DirectorySnapshot): Activity[] {
	const organisations = new Map(snapshot.organisations.map((o) => [o.id, o]));
	const venues = new Map(snapshot.venues.map((v) => [v.id, v]));
	return snapshot.activities.map(({ organisationId, venueIds, ...rest }) => ({
		...rest,
		organisation: organisations.get(organisationId) ?? { id: organisationId, name: '' },
		venues: venueIds.flatMap((id) => venues.get(id) ?? [])
	}));
}
