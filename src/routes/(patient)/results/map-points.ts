/**
 * Which results go on the map: those the person would go to in person, at the venue the
 * ranking chose for them. Online activities, area-wide ones and those they would join online
 * have no single place: they are listed beside the map instead, never dropped.
 */
import type { Venue } from '$lib/directory/model';
import type { RankedActivity } from '$lib/matching';

export interface PlacedResult {
	ranked: RankedActivity;
	venue: Venue;
}

export interface MapResults {
	placed: PlacedResult[];
	elsewhere: RankedActivity[];
}

/**
 * The results a map shows: those that serve what the person asked for, at any time. Other
 * kinds of activity nearby would bury them in dots; they are shown only when nothing serves
 * what was asked for, as the list shows them then.
 */
export function resultsForMap(results: readonly RankedActivity[]): readonly RankedActivity[] {
	const asked = results.filter((r) => r.group !== 'other');
	return asked.length > 0 ? asked : results;
}

export function splitForMap(results: readonly RankedActivity[]): MapResults {
	const placed: PlacedResult[] = [];
	const elsewhere: RankedActivity[] = [];
	for (const ranked of results) {
		const venue = ranked.isViaOnline ? null : (ranked.venue ?? ranked.activity.venues[0]);
		if (venue && Number.isFinite(venue.lat) && Number.isFinite(venue.lng)) {
			placed.push({ ranked, venue });
		} else elsewhere.push(ranked);
	}
	return { placed, elsewhere };
}

/** The south-west and north-east corners around every point, or null for none. */
export function boundsOf(
	points: readonly { lat: number; lng: number }[]
): [[number, number], [number, number]] | null {
	if (points.length === 0) return null;
	let [south, west, north, east] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { lat, lng } of points) {
		south = Math.min(south, lat);
		north = Math.max(north, lat);
		west = Math.min(west, lng);
		east = Math.max(east, lng);
	}
	return [
		[south, west],
		[north, east]
	];
}
