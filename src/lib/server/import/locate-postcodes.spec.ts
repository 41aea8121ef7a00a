import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFeed } from '../../directory/oruk/read-feed';
import { startFakeGeocoder, type RunningFakeGeocoder } from '../../../../tests/fakes/geocoder.js';
import { feedPostcodes, postcodeLocator } from './locate-postcodes';

let geocoder: RunningFakeGeocoder;
beforeAll(async () => {
	geocoder = await startFakeGeocoder({ postcodes: { 'NE4 6SH': { lat: 54.968, lng: -1.642 } } });
});
afterAll(() => geocoder.close());

/** A v1-style feed whose venue has an address but no map position, as many councils publish. */
const feed = [
	{
		id: 'walk-1',
		name: 'Elswick Park walking group',
		description: 'A gentle walk round the park.',
		service_at_locations: [
			{
				location: {
					id: 'loc-1',
					name: 'Elswick Park gates',
					addresses: [{ address_1: 'Elswick Road', city: 'Newcastle', postal_code: 'ne4 6sh' }]
				}
			}
		]
	}
];

describe('postcodeLocator', () => {
	it('finds every postcode in a feed, whatever its key or depth', () => {
		expect(feedPostcodes(feed)).toEqual(new Set(['NE46SH']));
		expect(feedPostcodes({ content: [{ physical_addresses: [{ postcode: 'NE1 1AA' }] }] })).toEqual(
			new Set(['NE11AA'])
		);
	});

	it('places a venue that has only a postcode', async () => {
		const locate = await postcodeLocator(feed, { geocoderUrl: geocoder.url });
		const { records, skipped } = readFeed(feed, { source: 'council', locate });
		expect(skipped).toEqual([]);
		expect(records[0].activity.venues[0]).toMatchObject({ lat: 54.968, lng: -1.642 });
	});

	it('leaves such a venue unplaced, with a reason, when the geocoder is down or not set', async () => {
		geocoder.failWith = 500;
		const locate = await postcodeLocator(feed, { geocoderUrl: `${geocoder.url}/down` });
		geocoder.failWith = undefined;
		expect(readFeed(feed, { source: 'council', locate }).skipped).toEqual([
			{ id: 'walk-1', reason: expect.stringMatching(/no UK map position/) }
		]);
		const previous = process.env.GEOCODER_URL;
		delete process.env.GEOCODER_URL;
		expect(await postcodeLocator(feed)).toBeUndefined();
		if (previous !== undefined) process.env.GEOCODER_URL = previous;
	});
});
