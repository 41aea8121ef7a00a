import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGeocoder, type RunningFakeGeocoder } from '../../../tests/fakes/geocoder.js';
import {
	clearPostcodeCache,
	GeocoderUnavailableError,
	looksLikePostcode,
	lookupPostcode
} from './geocoding';

let geocoder: RunningFakeGeocoder;
beforeAll(async () => {
	geocoder = await startFakeGeocoder({ postcodes: { 'NE4 6SH': { lat: 54.97, lng: -1.64 } } });
});
afterAll(() => geocoder.close());
beforeEach(() => {
	clearPostcodeCache();
	geocoder.requests.length = 0;
	geocoder.failWith = undefined;
});

const lookup = (postcode: string) => lookupPostcode(postcode, { geocoderUrl: geocoder.url });

describe('lookupPostcode', () => {
	it('finds a postcode however it is written', async () => {
		const expected = { postcode: 'NE4 6SH', lat: 54.97, lng: -1.64, district: 'NE4' };
		expect(await lookup('NE4 6SH')).toEqual(expected);
		clearPostcodeCache();
		expect(await lookup(' ne46sh ')).toEqual(expected);
		expect(geocoder.requests).toEqual(['/postcodes/NE46SH', '/postcodes/NE46SH']);
	});

	it('answers null for a postcode the geocoder does not know', async () => {
		expect(await lookup('NE1 1AA')).toBeNull();
	});

	it('never asks about something that is not shaped like a postcode', async () => {
		expect(await lookup('not a postcode')).toBeNull();
		expect(await lookup('../admin')).toBeNull();
		expect(geocoder.requests).toEqual([]);
		expect(looksLikePostcode('SW1A 1AA')).toBe(true);
		expect(looksLikePostcode('12345')).toBe(false);
	});

	it('asks once for a postcode looked up again, found or not', async () => {
		await lookup('NE4 6SH');
		await lookup('ne4 6sh');
		await lookup('NE1 1AA');
		await lookup('NE1 1AA');
		expect(geocoder.requests).toHaveLength(2);
	});

	it('throws a typed error when the geocoder fails, and does not cache it', async () => {
		geocoder.failWith = 500;
		await expect(lookup('NE4 6SH')).rejects.toBeInstanceOf(GeocoderUnavailableError);
		geocoder.failWith = undefined;
		expect(await lookup('NE4 6SH')).not.toBeNull();
	});

	it('throws a typed error that names no postcode when nothing answers', async () => {
		const error = await lookupPostcode('NE4 6SH', { geocoderUrl: 'http://127.0.0.1:9' }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(GeocoderUnavailableError);
		expect((error as Error).message).not.toMatch(/NE4/i);
	});

	it('is unavailable, not wrong, when no geocoder is configured', async () => {
		const saved = process.env.GEOCODER_URL;
		delete process.env.GEOCODER_URL;
		try {
			await expect(lookupPostcode('NE4 6SH')).rejects.toBeInstanceOf(GeocoderUnavailableError);
		} finally {
			if (saved !== undefined) process.env.GEOCODER_URL = saved;
		}
	});

	it('uses the fetch it is given', async () => {
		const fetch = async () => Response.json({ result: { latitude: 1, longitude: 2 } });
		expect(await lookupPostcode('SW1A 1AA', { geocoderUrl: 'http://x', fetch })).toEqual({
			postcode: 'SW1A 1AA',
			lat: 1,
			lng: 2,
			district: 'SW1A'
		});
	});
});
