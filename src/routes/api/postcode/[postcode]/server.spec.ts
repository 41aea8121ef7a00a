import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	startFakeGeocoder,
	type RunningFakeGeocoder
} from '../../../../../tests/fakes/geocoder.js';
import { clearPostcodeCache } from '$lib/server/geocoding';
import { GET } from './+server';

let fake: RunningFakeGeocoder;
const ask = (postcode: string) =>
	GET({ params: { postcode } } as unknown as Parameters<typeof GET>[0]) as Promise<Response>;

beforeAll(async () => {
	fake = await startFakeGeocoder();
	vi.stubEnv('GEOCODER_URL', fake.url);
});
afterAll(async () => {
	vi.unstubAllEnvs();
	await fake.close();
});
beforeEach(() => clearPostcodeCache());

describe('GET /api/postcode/{postcode}', () => {
	it('answers where a known postcode is, however it is typed', async () => {
		const response = await ask('ne46sh');
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			postcode: 'NE4 6SH',
			lat: 54.9705,
			lng: -1.6406,
			district: 'NE4'
		});
		expect(response.headers.get('cache-control')).toMatch(/^private/);
	});

	it('answers 404 for a postcode that does not exist', async () => {
		const response = await ask('NE4 9ZZ');
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual({ message: "We couldn't find that postcode" });
	});

	it('answers 400 without asking the geocoder when it is not a postcode', async () => {
		const before = fake.requests.length;
		const response = await ask('hello');
		expect(response.status).toBe(400);
		expect(fake.requests.length).toBe(before);
	});

	it('asks the geocoder once for the same postcode', async () => {
		const before = fake.requests.length;
		await ask('NE1 4ST');
		await ask('ne1 4st');
		expect(fake.requests.length).toBe(before + 1);
	});

	it('answers 503 when the geocoder cannot be reached, and logs no postcode', async () => {
		vi.stubEnv('GEOCODER_URL', 'http://127.0.0.1:9');
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const info = vi.spyOn(console, 'info').mockImplementation(() => {});
		const response = await ask('NE5 3AB');
		expect(response.status).toBe(503);
		expect(response.headers.get('cache-control')).toBe('no-store');
		const everything = [...logged.mock.calls, ...info.mock.calls].flat().join(' ');
		expect(everything).not.toMatch(/NE5/i);
		vi.stubEnv('GEOCODER_URL', fake.url);
	});
});
