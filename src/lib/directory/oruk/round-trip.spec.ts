import { describe, expect, it } from 'vitest';
import { orukErrors } from '../../../../tests/fixtures/oruk-schema/validate';
import { sampleActivity, sampleOrganisation, sampleVenue } from '../fixtures';
import type { Activity } from '../model';
import { readV3Service } from './read-v3';
import { serviceToOruk } from './write-v3';

const organisation = sampleOrganisation({ phone: '0191 496 0100', website: 'https://example.org' });

const activities: Array<[string, Activity]> = [
	['the sample activity', sampleActivity()],
	[
		'every kind of session, a note and paid cost with concessions',
		sampleActivity({
			schedule: {
				sessions: [
					{
						frequency: 'weekly',
						days: ['mon', 'thu'],
						startTime: '09:30',
						endTime: '11:00',
						startDate: '2026-01-05',
						endDate: '2026-03-30'
					},
					{
						frequency: 'fortnightly',
						days: ['wed'],
						startTime: '18:00',
						endTime: '20:00',
						startDate: '2026-01-07'
					},
					{
						frequency: 'monthly',
						days: ['fri'],
						weekOfMonth: -1,
						startTime: '13:00',
						endTime: '15:00'
					},
					{
						frequency: 'monthly',
						days: ['tue'],
						weekOfMonth: 1,
						startTime: '10:00',
						endTime: '12:00'
					},
					{
						frequency: 'once',
						days: [],
						startTime: '10:00',
						endTime: '16:00',
						startDate: '2026-06-20'
					}
				],
				note: 'Term time only.\n\nNo session on bank holidays.'
			},
			cost: {
				kind: 'paid',
				amount: 2.5,
				per: 'session',
				concessions: '£1 for under 16s',
				note: 'Includes tea and £1 raffle'
			}
		})
	],
	[
		'online and in person, several venues, access known and unknown',
		sampleActivity({
			online: true,
			venues: [
				sampleVenue(),
				sampleVenue({
					id: 'hall-2',
					name: 'Church hall',
					address: {
						line1: 'St Mary’s',
						line2: 'Front Street',
						town: 'Gateshead',
						postcode: 'NE8 1AA'
					},
					access: { 'hearing-loop': false, parking: true },
					accessNotes: 'Step-free entrance at the side.'
				}),
				sampleVenue({ id: 'hall-3', access: {}, accessNotes: undefined })
			],
			cost: { kind: 'donation', note: 'Pay what you can' },
			minAge: 50,
			maxAge: 90,
			audience: ['women', 'older-people'],
			eligibility: 'Women aged 50 and over',
			languages: ['en', 'ur', 'pa'],
			howToJoin: 'via-link-worker',
			contact: {
				name: 'Sam',
				phone: '07700 900123',
				email: 'sam@example.org',
				website: 'https://example.org/knit'
			},
			capacity: 'waitlist',
			status: 'temporarily closed',
			lastReviewed: null,
			keywords: []
		})
	],
	[
		'online only, free with a note, unknown cost',
		sampleActivity({
			venues: [],
			online: true,
			cost: { kind: 'free', note: 'Bring £2 for materials if you can' }
		})
	],
	[
		'area-wide with cost unknown',
		sampleActivity({
			venues: [],
			online: false,
			cost: { kind: 'unknown', note: '£3 or so, ask' },
			description: ''
		})
	],
	['unknown cost without words', sampleActivity({ cost: { kind: 'unknown' }, demo: false })],
	[
		'for carers, with no words of its own for who',
		sampleActivity({ audience: ['carers'], name: 'Tuesday coffee' })
	]
];

describe('ORUK v3 round trip', () => {
	it.each(activities)('%s reads back exactly', (_label, activity) => {
		const service = serviceToOruk(activity, organisation);
		const read = readV3Service(JSON.parse(JSON.stringify(service)), { source: 'elsewhere' });
		expect(read.ok ? read.repairs : read.reason).toEqual([]);
		if (!read.ok) return;
		expect(read.activity).toEqual(activity);
		expect(read.organisation).toEqual(organisation);
		expect(read.decided.categories).toBe('waymark-term');
	});

	it('publishes who it is for as wm_audience and in words', () => {
		const [, carers] = activities[activities.length - 1];
		const service = serviceToOruk(carers, organisation);
		expect(service.wm_audience).toEqual(['carers']);
		expect(service.eligibility_description).toBe('Unpaid carers');
	});

	it.each(activities)('%s validates against the official schema', (_label, activity) => {
		expect(orukErrors('service', serviceToOruk(activity, organisation))).toEqual([]);
	});

	it('publishes only UUIDs as ids, stable from one export to the next', () => {
		const activity = activities[2][1];
		const service = serviceToOruk(activity, organisation);
		const ids = JSON.stringify(service).match(/"(?:[a-z_]*id)":"([^"]*)"/g) ?? [];
		expect(ids.length).toBeGreaterThan(10);
		for (const pair of ids) {
			if (pair.startsWith('"wm_source_id"')) continue;
			expect(pair).toMatch(/:"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"$/);
		}
		expect(serviceToOruk(activity, organisation)).toEqual(service);
	});
});
