/** Parts of a Waymark activity as ORUK v3 publishes them: schedules, cost options, locations. */
import { ACCESS_LABELS, ACCESS_TAXONOMY, isAccessFeature } from '../categories';
import { isUuid } from '../ids';
import type { Activity, Cost, Session, Venue, Weekday } from '../model';
import { CONCESSIONS_OPTION } from './read-cost';
import { periodWords } from './cost-sentence';
import { childId, importedId } from './oruk-ids';
import { attribute, taxonomyTerm } from './write-terms';

const RRULE_DAYS: Readonly<Record<Weekday, string>> = {
	mon: 'MO',
	tue: 'TU',
	wed: 'WE',
	thu: 'TH',
	fri: 'FR',
	sat: 'SA',
	sun: 'SU'
};

type Json = Record<string, unknown>;

/** Times stay Europe/London wall-clock "HH:MM": a fixed UTC offset would be wrong half the year. */
function sessionRule(session: Session): Json {
	const days = (prefix: string) => session.days.map((d) => `${prefix}${RRULE_DAYS[d]}`).join(',');
	const dates = {
		...(session.startDate ? { dtstart: session.startDate, valid_from: session.startDate } : {}),
		...(session.endDate ? { valid_to: session.endDate } : {})
	};
	switch (session.frequency) {
		case 'weekly':
			return { freq: 'WEEKLY', interval: 1, byday: days(''), ...dates };
		case 'fortnightly':
			return { freq: 'WEEKLY', interval: 2, byday: days(''), ...dates };
		case 'monthly':
			return { freq: 'MONTHLY', interval: 1, byday: days(String(session.weekOfMonth)), ...dates };
		case 'once':
			return dates;
	}
}

export function schedulesOf(activity: Activity): Json[] {
	const schedules: Json[] = activity.schedule.sessions.map((session, index) => ({
		id: childId(activity.id, 'schedule', index),
		service_id: activity.id,
		...sessionRule(session),
		opens_at: session.startTime,
		closes_at: session.endTime
	}));
	if (activity.schedule.note) {
		schedules.push({
			id: childId(activity.id, 'schedule', 'note'),
			service_id: activity.id,
			description: activity.schedule.note
		});
	}
	return schedules;
}

export function costOptionsOf(activityId: string, cost: Cost): Json[] {
	const option = (key: string, fields: Json): Json => ({
		id: childId(activityId, 'cost_option', key),
		service_id: activityId,
		currency: 'GBP',
		...fields
	});
	switch (cost.kind) {
		case 'free':
			return [option('free', { option: 'Free', amount: 0 })];
		case 'donation':
			return [option('donation', { option: 'Donation', amount_description: 'Donations welcome' })];
		case 'paid':
			return [
				option('price', { amount: cost.amount, amount_description: periodWords(cost.per) }),
				...(cost.concessions
					? [
							option('concessions', {
								option: CONCESSIONS_OPTION,
								amount_description: cost.concessions
							})
						]
					: [])
			];
		case 'unknown':
			return [];
	}
}

export function locationIdOf(activity: Activity, venue: Venue): string {
	return importedId(activity.source, 'location', venue.id);
}

function venueLocation(activity: Activity, venue: Venue): Json {
	const id = locationIdOf(activity, venue);
	const access = Object.entries(venue.access).flatMap(([feature, has]) =>
		isAccessFeature(feature) && has !== undefined
			? [
					attribute(
						{ id, type: 'location' },
						taxonomyTerm(ACCESS_TAXONOMY, feature, ACCESS_LABELS[feature]),
						has ? 'yes' : 'no'
					)
				]
			: []
	);
	const { line1, line2, town, postcode } = venue.address;
	return {
		id,
		location_type: 'physical',
		name: venue.name,
		latitude: venue.lat,
		longitude: venue.lng,
		addresses: [
			{
				id: childId(id, 'address', 0),
				location_id: id,
				address_1: line1,
				...(line2 ? { address_2: line2 } : {}),
				city: town,
				state_province: '',
				postal_code: postcode,
				country: 'GB',
				address_type: 'physical'
			}
		],
		accessibility: venue.accessNotes
			? [{ id: childId(id, 'accessibility', 0), location_id: id, description: venue.accessNotes }]
			: [],
		attributes: access,
		// A venue id that is not a UUID is published derived, and kept here to read back.
		...(isUuid(venue.id) ? {} : { wm_source_id: venue.id })
	};
}

export function serviceAtLocationsOf(activity: Activity): Json[] {
	const locations = activity.venues.map((venue) => venueLocation(activity, venue));
	if (activity.online) {
		const id = childId(activity.id, 'location', 'online');
		locations.push({ id, location_type: 'virtual', name: 'Online' });
	}
	return locations.map((location) => ({
		id: childId(activity.id, 'service_at_location', location.id as string),
		service_id: activity.id,
		location_id: location.id,
		location
	}));
}
