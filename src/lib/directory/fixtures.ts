/** Small, valid directory records for tests: override only what a test is about. */
import { stableId } from './ids';
import type { Activity, Organisation, Venue } from './model';

export function sampleOrganisation(overrides: Partial<Organisation> = {}): Organisation {
	const sourceId = overrides.sourceId ?? 'org-1';
	return {
		id: stableId('test', sourceId),
		name: 'Elswick Community Association',
		description: 'A community centre run by local people.',
		source: 'test',
		sourceId,
		demo: true,
		...overrides
	};
}

export function sampleVenue(overrides: Partial<Venue> = {}): Venue {
	return {
		id: stableId('test', 'venue-1'),
		name: 'Elswick community hall',
		address: { line1: '1 Example Road', town: 'Newcastle upon Tyne', postcode: 'NE4 6AA' },
		lat: 54.966,
		lng: -1.643,
		access: { 'step-free': true, 'accessible-toilet': true },
		accessNotes: 'Level entrance from the car park.',
		...overrides
	};
}

export function sampleActivity(overrides: Partial<Activity> = {}): Activity {
	const sourceId = overrides.sourceId ?? 'activity-1';
	const organisation = sampleOrganisation();
	return {
		id: stableId('test', sourceId),
		organisation: { id: organisation.id, name: organisation.name },
		name: 'Knit and natter',
		summary: 'A friendly knitting group with tea and biscuits.',
		description: 'Bring your own wool or borrow ours.\n\nBeginners welcome.',
		categories: ['arts-crafts', 'meeting-people'],
		keywords: ['knitting', 'crochet'],
		venues: [sampleVenue()],
		online: false,
		schedule: {
			sessions: [{ frequency: 'weekly', days: ['tue'], startTime: '10:00', endTime: '12:00' }]
		},
		cost: { kind: 'free' },
		audience: [],
		languages: ['en'],
		howToJoin: 'turn-up',
		contact: { phone: '0191 496 0123', email: 'hello@example.org' },
		capacity: 'open',
		status: 'active',
		lastReviewed: '2026-10-01',
		source: 'test',
		sourceId,
		demo: true,
		...overrides
	};
}
