/**
 * The demo directory: about 200 fictional activities in Newcastle's West End, built from the
 * readable tables in `./demo/`. The output depends only on `today` (session dates and review
 * dates are relative to it), so a seed, a test and a screenshot always see the same directory.
 */
import type { Activity, Organisation, Venue } from '$lib/directory/model';
import { normaliseAudience } from '$lib/directory/audience';
import { stableId } from '$lib/directory/ids';
import { ACTIVE_ACTIVITIES } from './demo/activities-active';
import { ADVICE_ACTIVITIES } from './demo/activities-advice';
import { HEALTH_ACTIVITIES } from './demo/activities-health';
import { SOCIAL_ACTIVITIES } from './demo/activities-social';
import { ORGANISATIONS } from './demo/organisations';
import { randomInt, seededRandom } from './demo/random';
import { addDays, assertDate, resolveSession } from './demo/schedule';
import type { ActivityTemplate, OrganisationTemplate, VenueTemplate } from './demo/template';
import { NEIGHBOURHOODS, VENUES } from './demo/venues';

export const DEMO_SOURCE = 'waymark-demo';
export const DEMO_TOWN = 'Newcastle upon Tyne';
/** How far a venue may sit from its neighbourhood's centre. */
export const VENUE_JITTER_M = 400;
/** Listings with no review age of their own were checked within this many days. */
export const RECENT_REVIEW_DAYS = 240;

const METRES_PER_DEGREE_LAT = 111_320;

const DEMO_ACTIVITY_TEMPLATES: readonly ActivityTemplate[] = [
	...ACTIVE_ACTIVITIES,
	...SOCIAL_ACTIVITIES,
	...ADVICE_ACTIVITIES,
	...HEALTH_ACTIVITIES
];

export interface DemoDirectory {
	organisations: Organisation[];
	activities: Activity[];
}

export function buildDemoDirectory(today: string): DemoDirectory {
	assertDate(today);
	const organisations = new Map(ORGANISATIONS.map((o) => [o.slug, buildOrganisation(o)]));
	const venues = new Map(VENUES.map((v) => [v.slug, buildVenue(v)]));

	const activities = DEMO_ACTIVITY_TEMPLATES.map((template) => {
		const organisation = organisations.get(template.org);
		if (!organisation) throw new Error(`${template.slug}: no organisation "${template.org}"`);
		const activityVenues = template.at.map((slug) => {
			const venue = venues.get(slug);
			if (!venue) throw new Error(`${template.slug}: no venue "${slug}"`);
			return structuredClone(venue);
		});
		return buildActivity(template, organisation, activityVenues, today);
	});
	return { organisations: [...organisations.values()], activities };
}

function buildOrganisation(template: OrganisationTemplate): Organisation {
	return {
		id: stableId(DEMO_SOURCE, template.slug),
		name: template.name,
		description: template.description,
		website: template.website,
		email: template.email,
		phone: template.phone,
		source: DEMO_SOURCE,
		sourceId: template.slug,
		demo: true
	};
}

function buildVenue(template: VenueTemplate): Venue {
	const centre = NEIGHBOURHOODS[template.near];
	const random = seededRandom(`venue/${template.slug}`);
	// The square root spreads venues evenly over the disc instead of bunching them at its centre.
	const distance = VENUE_JITTER_M * Math.sqrt(random());
	const bearing = 2 * Math.PI * random();
	const metresPerDegreeLng = METRES_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180);
	const venue: Venue = {
		id: stableId(DEMO_SOURCE, `venue/${template.slug}`),
		name: template.name,
		address: {
			line1: template.line1,
			line2: template.line2,
			town: DEMO_TOWN,
			postcode: template.postcode
		},
		lat: round5(centre.lat + (distance * Math.cos(bearing)) / METRES_PER_DEGREE_LAT),
		lng: round5(centre.lng + (distance * Math.sin(bearing)) / metresPerDegreeLng),
		access: { ...template.access },
		accessNotes: template.accessNotes
	};
	if (!venue.address.line2) delete venue.address.line2;
	if (!venue.accessNotes) delete venue.accessNotes;
	return venue;
}

function buildActivity(
	template: ActivityTemplate,
	organisation: Organisation,
	venues: Venue[],
	today: string
): Activity {
	const random = seededRandom(`activity/${template.slug}`);
	const reviewedDaysAgo =
		template.reviewedDaysAgo === undefined
			? randomInt(random, 3, RECENT_REVIEW_DAYS)
			: template.reviewedDaysAgo;
	const activity: Activity = {
		id: stableId(DEMO_SOURCE, template.slug),
		organisation: { id: organisation.id, name: organisation.name },
		name: template.name,
		summary: template.summary,
		description: template.description,
		categories: [...template.categories],
		keywords: [...template.keywords],
		venues,
		online: template.online ?? false,
		schedule: {
			sessions: template.when.map((session) => resolveSession(session, today, random)),
			...(template.scheduleNote && { note: template.scheduleNote })
		},
		cost: structuredClone(template.cost),
		minAge: template.minAge,
		maxAge: template.maxAge,
		audience: normaliseAudience(template.for ?? []),
		eligibility: template.eligibility,
		languages: [...(template.languages ?? ['en'])],
		howToJoin: template.join ?? 'turn-up',
		contact: {
			phone: template.phone ?? organisation.phone,
			email: template.email ?? organisation.email
		},
		capacity: template.capacity ?? 'open',
		status: template.status ?? 'active',
		lastReviewed: reviewedDaysAgo === null ? null : addDays(today, -reviewedDaysAgo),
		source: DEMO_SOURCE,
		sourceId: template.slug,
		demo: true
	};
	// Absent rather than undefined, so the records survive a JSON round trip unchanged.
	for (const key of ['minAge', 'maxAge', 'eligibility'] as const) {
		if (activity[key] === undefined) delete activity[key];
	}
	return activity;
}

const round5 = (value: number) => Math.round(value * 1e5) / 1e5;
