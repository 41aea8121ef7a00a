import { describe, expect, it } from 'vitest';
import { ACCESS_LABELS, ACCESS_TAXONOMY, type AccessFeature } from '../categories';
import { sampleActivity, sampleOrganisation, sampleVenue } from '../fixtures';
import { MISSING_PHRASINGS } from './access-phrasings.test-helpers';
import { readFeed } from './read-feed';
import { serviceToOruk } from './write-v3';
import { attribute, taxonomyTerm } from './write-terms';

const source = 'council-feed';

/** What a third-party feed that adopted some of Waymark's fields adds to its services. */
const ADOPTED_WM_FIELDS = { wm_capacity: 'open', wm_how_to_join: 'turn-up', wm_keywords: ['hall'] };

function accessTerm(feature: AccessFeature, value: 'yes' | 'no') {
	return attribute(
		{ id: 'loc-1', type: 'location' },
		taxonomyTerm(ACCESS_TAXONOMY, feature, ACCESS_LABELS[feature]),
		value
	);
}

/** A council's ORUK v3 service at one church hall, described in the hall's own words. */
function councilService(
	words: string,
	extra: Record<string, unknown> = {},
	attributes: unknown[] = []
) {
	return {
		id: 'svc-1',
		name: 'Friendship club',
		description: 'A friendly club for anyone who would like some company.',
		status: 'active',
		service_at_locations: [
			{
				id: 'sal-1',
				location: {
					id: 'loc-1',
					location_type: 'physical',
					name: "St Mary's church hall",
					latitude: 54.966,
					longitude: -1.643,
					addresses: [
						{
							id: 'ad-1',
							address_1: '1 Example Road',
							city: 'Newcastle upon Tyne',
							postal_code: 'NE4 6AA',
							country: 'GB'
						}
					],
					accessibility: [{ id: 'ac-1', description: words }],
					attributes
				}
			}
		],
		...extra
	};
}

function readOne(service: unknown) {
	const feed = readFeed([service], { source });
	expect(feed.skipped).toEqual([]);
	return { format: feed.format, record: feed.records[0] };
}

describe('access from words, in any feed', () => {
	const feeds = [
		['a plain ORUK v3 feed', {}],
		['a feed with wm_ fields but no wm_schema', ADOPTED_WM_FIELDS]
	] as const;
	const cases = feeds.flatMap(([feed, extra]) =>
		MISSING_PHRASINGS.map(([words, expected]) => [words, feed, extra, expected] as const)
	);

	it.each(cases)('reads %j in %s', (words, _feed, extra, expected) => {
		const { format, record } = readOne(councilService(words, extra));
		expect(format).toBe('oruk-v3');
		expect(record.activity.venues[0].access).toEqual(expected);
		expect(record.decided.access).toBe('text');
	});

	it('never takes wm_ fields other than wm_schema as Waymark’s own export', () => {
		const words = 'The church hall is up six steps with no ramp, and there is no hearing loop';
		const { format, record } = readOne(councilService(words, { ...ADOPTED_WM_FIELDS, fees: '£2' }));
		expect(format).toBe('oruk-v3');
		expect(record.activity.venues[0].access).toEqual({
			'step-free': false,
			'hearing-loop': false
		});
		// Its cost is read from its words too: only Waymark's own cost options are complete.
		expect(record.activity.cost).toMatchObject({ kind: 'paid', amount: 2 });
		expect(readOne(councilService(words, { wm_schema: 'waymark-2' })).format).toBe('oruk-v3');
	});
});

describe('words and attributes together', () => {
	const ownFields = { ...ADOPTED_WM_FIELDS, wm_schema: 'waymark-1' };

	it('lets words that say a feature is missing stand where no attribute speaks to it', () => {
		for (const extra of [{}, ownFields]) {
			const terms = [accessTerm('accessible-toilet', 'yes')];
			const { record } = readOne(councilService('No hearing loop.', extra, terms));
			expect(record.activity.venues[0].access).toEqual({
				'accessible-toilet': true,
				'hearing-loop': false
			});
			expect(record.accessConflicts).toEqual([]);
		}
	});

	it('reads words that a venue has a feature only in others’ feeds', () => {
		const words = 'Level access and a hearing loop.';
		expect(readOne(councilService(words)).record.activity.venues[0].access).toEqual({
			'step-free': true,
			'hearing-loop': true
		});
		expect(readOne(councilService(words, ownFields)).record.activity.venues[0].access).toEqual({});
	});

	it('keeps the attribute of Waymark’s own record where the words disagree, and says so', () => {
		const terms = [accessTerm('step-free', 'yes'), accessTerm('hearing-loop', 'no')];
		const words = 'Up six steps. Hearing loop in the hall.';
		const { record } = readOne(councilService(words, ownFields, terms));
		expect(record.activity.venues[0].access).toEqual({ 'step-free': true, 'hearing-loop': false });
		expect(record.accessConflicts).toEqual([
			{
				venue: "St Mary's church hall",
				feature: 'step-free',
				words: false,
				attribute: true,
				kept: true
			},
			{
				venue: "St Mary's church hall",
				feature: 'hearing-loop',
				words: true,
				attribute: false,
				kept: false
			}
		]);
	});

	it('leaves a feature unknown in another publisher’s feed where words and attribute disagree', () => {
		const terms = [accessTerm('step-free', 'yes'), accessTerm('parking', 'yes')];
		const words = 'The church hall is up six steps. Free car park.';
		const { record } = readOne(councilService(words, ADOPTED_WM_FIELDS, terms));
		expect(record.activity.venues[0].access).toEqual({ parking: true });
		expect(record.accessConflicts).toEqual([
			expect.objectContaining({ feature: 'step-free', words: false, attribute: true, kept: null })
		]);
	});

	it('takes service-wide access attributes as explicit for every venue', () => {
		const service = {
			...councilService('The lift is out of order.', ownFields),
			attributes: [accessTerm('step-free', 'yes')]
		};
		const { record } = readOne(service);
		expect(record.activity.venues[0].access).toEqual({ 'step-free': true });
		expect(record.accessConflicts).toHaveLength(1);
	});
});

describe('Waymark’s own export', () => {
	it('carries wm_schema and reads its ticked attributes back as the truth', () => {
		const venue = sampleVenue({
			access: { 'step-free': true, 'hearing-loop': false, parking: true },
			accessNotes: 'Two steps at the front door, with a ramp beside them. Hearing loop in the hall.'
		});
		const activity = sampleActivity({ venues: [venue] });
		const service = serviceToOruk(activity, sampleOrganisation());
		expect(service.wm_schema).toBe('waymark-1');
		const feed = readFeed([JSON.parse(JSON.stringify(service))], { source: 'elsewhere' });
		expect(feed.format).toBe('waymark-export');
		const [record] = feed.records;
		expect(record.activity).toEqual(activity);
		expect(record.accessConflicts).toEqual([
			expect.objectContaining({ feature: 'hearing-loop', words: true, kept: false })
		]);
	});
});
