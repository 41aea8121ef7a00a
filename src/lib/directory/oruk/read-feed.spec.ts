import { describe, expect, it } from 'vitest';
import serviceFull from '../../../../../shared/open-referral-uk/examples/service_full.json' with { type: 'json' };
import serviceList from '../../../../../shared/open-referral-uk/examples/service_list.json' with { type: 'json' };
import { sampleActivity, sampleOrganisation } from '../fixtures';
import v1Page from './fixtures/v1-page.json' with { type: 'json' };
import v3Messy from './fixtures/v3-messy.json' with { type: 'json' };
import v3Page from './fixtures/v3-page.json' with { type: 'json' };
import { textProblem } from '$lib/text/safe-text';
import { FeedFormatError, readFeed } from './read-feed';
import { serviceToOruk } from './write-v3';

const source = 'test-feed';
const byId = (feed: ReturnType<typeof readFeed>, sourceId: string) =>
	feed.records.find((r) => r.activity.sourceId === sourceId);

describe('readFeed: formats', () => {
	it.each([
		['an array of v3 services', v3Messy, 'oruk-v3'],
		['a v3 /services page', v3Page, 'oruk-v3'],
		['a v1 page', v1Page, 'oruk-v1'],
		['an array of v1 services', v1Page.content, 'oruk-v1'],
		['one v3 service', serviceFull, 'oruk-v3'],
		['Waymark export', [serviceToOruk(sampleActivity(), sampleOrganisation())], 'waymark-export'],
		[
			'a v3 feed that adopted wm_ fields but carries no wm_schema',
			v3Page.contents.map((s) => ({ ...s, wm_capacity: 'open', wm_summary: 'Hello' })),
			'oruk-v3'
		],
		['an empty list', [], 'oruk-v3']
	])('detects %s', (_label, json, format) => {
		expect(readFeed(json, { source }).format).toBe(format);
	});

	it.each([
		['text', 'hello'],
		['null', null],
		['an object of something else', { type: 'FeatureCollection', features: [] }],
		['a list of non-services', [1, 2, 3]]
	])('refuses %s with a clear FeedFormatError', (_label, json) => {
		expect(() => readFeed(json, { source })).toThrow(FeedFormatError);
		expect(() => readFeed(json, { source })).toThrow(/not an Open Referral feed|no services/);
	});
});

describe('readFeed: one record at a time', () => {
	it('skips a repeated id and anything that is not a service, and reads the rest', () => {
		const [first] = v3Page.contents;
		const feed = readFeed([first, 'oops', first], { source });
		expect(feed.records).toHaveLength(1);
		expect(feed.skipped).toEqual([
			{ id: null, reason: 'It is not a service object' },
			{ id: first.id, reason: 'It repeats the id of an earlier service' }
		]);
	});
});

describe('readFeed: a service whose kind cannot be told', () => {
	it('is imported without a category when it describes itself, and skipped when it says nothing', () => {
		const feed = readFeed(
			[
				{
					id: 'a',
					name: 'Project Orion',
					description: 'Run by the parish council since 1998.'
				},
				{ id: 'b', name: 'Service 12', description: '' }
			],
			{ source }
		);
		expect(
			feed.records.map((r) => [r.activity.sourceId, r.activity.categories, r.decided.categories])
		).toEqual([['a', [], 'none']]);
		expect(feed.skipped).toEqual([{ id: 'b', reason: expect.stringMatching(/could not be told/) }]);
	});
});

describe('readFeed: a messy v3 feed', () => {
	const feed = readFeed(v3Messy, { source });

	it('skips bad records with plain reasons and reads the rest', () => {
		expect(feed.skipped).toEqual([
			{ id: 'svc-102', reason: 'It has no name' },
			{ id: 'svc-104', reason: expect.stringMatching(/St Mary's Church Hall.*no UK map position/) },
			{ id: 'svc-106', reason: expect.stringMatching(/kind of activity could not be told/) },
			{ id: 'svc-107', reason: expect.stringMatching(/"Somewhere" has no UK map position/) }
		]);
		expect(feed.records.map((r) => r.activity.sourceId)).toEqual([
			'svc-101',
			'103',
			'svc-105',
			'svc-108'
		]);
	});

	it('maps HTML, terms, text access, fees, phones and a non-UUID id', () => {
		const record = byId(feed, 'svc-101');
		expect(record?.decided).toMatchObject({ categories: 'other-taxonomy', access: 'text' });
		expect(record?.activity).toMatchObject({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			name: 'Tuesday Friendship Club',
			summary: 'A warm welcome for anyone feeling a bit lonely.',
			description:
				'A warm welcome for anyone feeling a bit lonely. Tea & cake served.\n\nJust turn up – no need to book.',
			categories: ['meeting-people'],
			keywords: ['Befriending', 'Older people'],
			cost: { kind: 'paid', amount: 3, per: 'session' },
			languages: ['en', 'ur'],
			howToJoin: 'turn-up',
			contact: { phone: '0191 496 0000', website: 'https://www.friendshipclub.example.org' },
			lastReviewed: '2025-09-14',
			schedule: {
				sessions: [{ frequency: 'weekly', days: ['tue'], startTime: '10:00', endTime: '12:00' }]
			}
		});
		expect(record?.activity.venues[0]).toMatchObject({
			address: { postcode: 'NE4 6AA' },
			access: { 'step-free': true, 'hearing-loop': false }
		});
		expect(record?.repairs).toEqual(['Ignored the language "Klingon": not recognised']);
	});

	it('reads a service with no location, cost and schedule only in words', () => {
		const record = byId(feed, '103');
		expect(record?.activity).toMatchObject({
			categories: ['being-active'],
			venues: [],
			online: false,
			cost: { kind: 'donation' },
			minAge: 55,
			schedule: { sessions: [], note: 'Every other Thursday, ring for times' }
		});
		expect(record?.activity.maxAge).toBeUndefined();
		expect(record?.activity.contact.email).toBeUndefined();
		expect(record?.decided.categories).toBe('text');
		expect(record?.repairs).toEqual([
			'Ignored the maximum age 999',
			'Dropped the email "not given": it is not valid'
		]);
	});

	it('reads a virtual-only service as online and Waymark terms first', () => {
		expect(byId(feed, 'svc-105')?.activity).toMatchObject({
			online: true,
			venues: [],
			categories: ['money-advice']
		});
		expect(byId(feed, 'svc-108')?.activity.categories).toEqual(['meeting-people']);
		expect(byId(feed, 'svc-108')?.decided.categories).toBe('waymark-term');
	});

	it('places a venue by its postcode when asked, and reads every kind of schedule', () => {
		const located = readFeed(v3Messy, {
			source,
			locate: (pc) => (pc === 'NE8 1AA' ? { lat: 54.95, lng: -1.6 } : undefined)
		});
		const record = byId(located, 'svc-104');
		expect(record?.activity.venues[0]).toMatchObject({
			lat: 54.95,
			lng: -1.6,
			access: { 'step-free': false }
		});
		expect(record?.activity.schedule.sessions).toEqual([
			{ frequency: 'monthly', days: ['tue'], weekOfMonth: 1, startTime: '14:00', endTime: '16:00' },
			{
				frequency: 'monthly',
				days: ['fri'],
				weekOfMonth: -1,
				startTime: '14:00',
				endTime: '16:00'
			},
			{
				frequency: 'fortnightly',
				days: ['wed'],
				startTime: '18:00',
				endTime: '19:30',
				startDate: '2026-01-07'
			},
			{ frequency: 'once', days: [], startTime: '10:00', endTime: '15:00', startDate: '2026-05-16' }
		]);
		expect(record?.activity.schedule.note).toBe('Open day\n\nMondays, 10:00–11:00, every 3 weeks');
		expect(record?.repairs).toContain(
			'Kept a schedule as words only: its repeat (WEEKLY every 3) is not one Waymark can show'
		);
		expect(record?.activity.categories).toEqual(['memory-dementia', 'carers', 'meeting-people']);
	});
});

describe('readFeed: ORUK v1', () => {
	const feed = readFeed(v1Page, { source });

	it('reads schedules, taxonomies, eligibility, addresses and access', () => {
		expect(feed.skipped).toEqual([{ id: '1236', reason: 'It has no name' }]);
		const record = byId(feed, '1234');
		expect(record?.decided).toEqual({
			categories: 'other-taxonomy',
			access: 'text',
			audience: 'text'
		});
		expect(record?.activity).toMatchObject({
			audience: ['carers'],
			categories: ['carers', 'meeting-people'],
			description:
				"A relaxed coffee morning for unpaid carers.\n\n• Free tea and coffee\n• Information about carers' allowance",
			minAge: 18,
			eligibility: 'Unpaid carers',
			languages: ['en', 'pl'],
			cost: { kind: 'free' },
			contact: { name: 'Jo', phone: '0191 496 0011', email: 'hello@carers.example.org' },
			schedule: {
				sessions: [
					{ frequency: 'weekly', days: ['wed'], startTime: '10:00', endTime: '11:30' },
					{
						frequency: 'fortnightly',
						days: ['fri'],
						startTime: '10:00',
						endTime: '11:30',
						startDate: '2026-01-09'
					}
				]
			}
		});
		expect(record?.activity.venues[0]).toMatchObject({
			lat: 54.9731,
			address: { line1: '2 Example Street', postcode: 'NE1 4AA' },
			access: { 'accessible-toilet': true, 'step-free': true }
		});
		expect(record?.organisation.website).toBe('https://carers.example.org');
	});

	it('reads a monthly schedule and fees in words', () => {
		expect(byId(feed, '1235')?.activity).toMatchObject({
			cost: { kind: 'paid', amount: 2.5, per: 'session' },
			schedule: {
				sessions: [
					{
						frequency: 'monthly',
						days: ['tue'],
						weekOfMonth: 2,
						startTime: '19:00',
						endTime: '21:00'
					}
				]
			}
		});
	});
});

describe('readFeed: the official ORUK examples', () => {
	it('reads service_list.json (a page of list items) into an area-wide activity', () => {
		const feed = readFeed(serviceList, { source });
		expect(feed.skipped).toEqual([]);
		expect(feed.records[0].activity).toMatchObject({
			id: 'ac148810-d857-441c-9679-408f346de14b',
			name: 'Community Counselling',
			categories: ['mental-wellbeing'],
			minAge: 12,
			maxAge: 100,
			lastReviewed: '2005-01-01',
			venues: [],
			online: false
		});
	});

	it('reads service_full.json without error, skipping it only for its out-of-UK venue', () => {
		const feed = readFeed([serviceFull], { source });
		expect(feed.skipped).toEqual([
			{
				id: serviceFull.id,
				reason: expect.stringMatching(/MyCity Civic Center.*no UK map position/)
			}
		]);
	});

	it('reads every part of service_full.json once its venue is in the UK', () => {
		const [link] = serviceFull.service_at_locations;
		const address = { ...link.location.addresses[0], postal_code: 'NE1 4AA' };
		const location = { ...link.location, latitude: 54.97, longitude: -1.61, addresses: [address] };
		const feed = readFeed([{ ...serviceFull, service_at_locations: [{ ...link, location }] }], {
			source
		});
		expect(feed.skipped).toEqual([]);
		const [record] = feed.records;
		expect(record.decided).toMatchObject({ categories: 'text', access: 'text' });
		expect(record.activity).toMatchObject({
			categories: ['mental-wellbeing'],
			cost: { kind: 'paid', amount: 35, per: 'session' },
			schedule: {
				sessions: [
					{ frequency: 'weekly', days: ['thu', 'fri'], startTime: '10:00', endTime: '18:00' }
				]
			},
			contact: {
				name: 'Ann Persona',
				email: 'email@example.com',
				website: 'http://example.com/counselling'
			}
		});
		expect(record.activity.venues[0]).toMatchObject({
			name: 'MyCity Civic Center',
			access: { 'hearing-loop': true, 'step-free': true }
		});
	});
});

describe('readFeed: hidden characters', () => {
	it('strips them from what it reads, notes the repair, and keeps paragraphs', () => {
		const feed = readFeed(
			[
				{
					id: 'hidden-1',
					name: 'Walking\u0000 group\u202E',
					description: '<p>Gentle walks &#x202E;every week&#7;.</p><p>Second paragraph.</p>',
					eligibility_description: 'Adults\r\naged 18 and over',
					organization: { id: 'org-hidden', name: 'Friends\u001b[31m of the Park' },
					attributes: [
						{
							taxonomy_term: {
								taxonomy: 'waymark-categories',
								term: 'being-active',
								name: 'Being active'
							}
						}
					]
				}
			],
			{ source }
		);
		expect(feed.skipped).toEqual([]);
		const [record] = feed.records;
		expect(record.activity.name).toBe('Walking group');
		expect(record.activity.description).toBe('Gentle walks every week.\n\nSecond paragraph.');
		expect(record.activity.eligibility).toBe('Adults aged 18 and over');
		expect(record.organisation.name).toBe('Friends[31m of the Park');
		expect(record.activity.organisation.name).toBe('Friends[31m of the Park');
		expect(record.repairs).toEqual([
			'Removed hidden characters (control, text-direction or broken ones) from ' +
				'organisation.name, name, summary, description'
		]);
		expect(textProblem(JSON.stringify(record))).toBeNull();
	});
});
