import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { startFakeGeocoder, type RunningFakeGeocoder } from '../../../../tests/fakes/geocoder.js';
import { clearPostcodeCache } from '../geocoding';
import { serviceAtLocationDetail, serviceAtLocationsList, servicesList } from './service-endpoints';
import { ELSWICK, saveTestDirectory, SUNDERLAND, testId } from './test-directory';

let database: Database;
let geocoder: RunningFakeGeocoder;
beforeAll(async () => {
	database = await openTestDatabase();
	await saveTestDirectory(database);
	geocoder = await startFakeGeocoder({ postcodes: { 'NE4 6SH': ELSWICK, 'SR1 1AA': SUNDERLAND } });
});
afterAll(async () => {
	await database.close();
	await geocoder.close();
});
beforeEach(() => {
	clearPostcodeCache();
	geocoder.failWith = undefined;
});

type Item = { id: string; location: { name: string }; service: { name: string } };
type Page = Record<string, unknown> & { contents: Item[] };

async function get(
	query: string,
	path: 'service_at_locations' | 'services' = 'service_at_locations'
) {
	const url = new URL(`http://localhost/openreferral/${path}?${query}`);
	const options = { geocoderUrl: geocoder.url };
	return path === 'services'
		? servicesList(database, url, options)
		: serviceAtLocationsList(database, url, options);
}
async function places(query: string): Promise<string[]> {
	const response = await get(query);
	expect(response.status).toBe(200);
	const page: Page = await response.json();
	return page.contents.map((item) => `${item.service.name} @ ${item.location.name}`);
}

describe('GET /openreferral/service_at_locations', () => {
	it('lists each published service at each of its locations', async () => {
		expect(await places('')).toEqual([
			'Evening choir @ Chapel',
			'Knit and natter @ Elswick community hall',
			'Online café chat @ Online',
			'Youth football @ Elswick community hall'
		]);
	});

	it('takes the same filters as /services', async () => {
		expect(await places('minimum_age=18&day=WE')).toEqual(['Online café chat @ Online']);
	});

	it('orders by distance from a postcode, online last', async () => {
		expect(await places('postcode=SR1 1AA')).toEqual([
			'Evening choir @ Chapel',
			'Knit and natter @ Elswick community hall',
			'Youth football @ Elswick community hall',
			'Online café chat @ Online'
		]);
	});

	it('keeps only places within proximity metres of the postcode', async () => {
		expect(await places('postcode=ne46sh&proximity=1000')).toEqual([
			'Knit and natter @ Elswick community hall',
			'Youth football @ Elswick community hall'
		]);
		expect(await places('postcode=NE4 6SH&proximity=30000&search=choir')).toEqual([
			'Evening choir @ Chapel'
		]);
		expect(await places('postcode=NE4 6SH&proximity=1')).toEqual([
			'Knit and natter @ Elswick community hall',
			'Youth football @ Elswick community hall'
		]);
	});

	it('filters /services by proximity too', async () => {
		const response = await get('postcode=SR1 1AA&proximity=5000', 'services');
		const page: { contents: { name: string }[] } = await response.json();
		expect(page.contents.map((s) => s.name)).toEqual(['Evening choir']);
	});

	it('answers 400 for a postcode nobody knows, and 503 when the geocoder is down', async () => {
		const unknown = await get('postcode=ZZ1 1ZZ&proximity=100');
		expect(unknown.status).toBe(400);
		expect(await unknown.json()).toEqual({ message: "We couldn't find that postcode" });
		geocoder.failWith = 502;
		const down = await get('postcode=NE4 6SH&proximity=100');
		expect(down.status).toBe(503);
		expect(down.headers.get('access-control-allow-origin')).toBe('*');
		expect((await down.json()).message).toMatch(/unavailable/);
	});

	it('answers 400 for a proximity that is not a distance', async () => {
		const response = await get('postcode=NE4 6SH&proximity=near');
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			message: 'proximity must be a distance in metres, like 1500'
		});
	});
});

describe('GET /openreferral/service_at_locations/{id}', () => {
	it('gives the location with its service', async () => {
		const page: Page = await (await get('search=knit')).json();
		const response = await serviceAtLocationDetail(database, page.contents[0].id);
		const full = await response.json();
		expect(full).toMatchObject({
			id: page.contents[0].id,
			service_id: testId('knit'),
			location: { name: 'Elswick community hall', location_type: 'physical' },
			service: { id: testId('knit'), name: 'Knit and natter' }
		});
		expect(full.service.service_at_locations).toBeUndefined();
	});

	it('answers 404 with CORS for an unknown id', async () => {
		const response = await serviceAtLocationDetail(database, testId('nowhere'));
		expect(response.status).toBe(404);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(await response.json()).toEqual({
			message: 'There is no published service at location with that id'
		});
	});
});
