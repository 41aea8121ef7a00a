/** Builders shared by the matching tests: a fixed moment and activities by overrides. */
import { sampleActivity, sampleVenue } from '../../directory/fixtures';
import type { Activity, Venue } from '../../directory/model';

/** Saturday 21 November 2026, 10:00 in London (GMT). */
export const NOW = new Date('2026-11-21T10:00:00Z');
export const HERE = { lat: 54.97, lng: -1.64 };

let counter = 0;
/** A valid activity with a unique id; `name` also names its source id for readable failures. */
export function activity(overrides: Partial<Activity> = {}): Activity {
	counter++;
	const sourceId = `${overrides.name ?? 'activity'}-${counter}`;
	return sampleActivity({ sourceId, lastReviewed: '2026-10-01', ...overrides });
}

/** A venue about `km` kilometres north of HERE. */
export function venueAt(km: number, overrides: Partial<Venue> = {}): Venue {
	counter++;
	return sampleVenue({
		id: `venue-${counter}`,
		lat: HERE.lat + km / 111.2,
		lng: HERE.lng,
		...overrides
	});
}

export const names = (results: { activity: Activity }[]) => results.map((r) => r.activity.name);
