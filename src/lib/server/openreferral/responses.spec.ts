import { describe, expect, it, vi } from 'vitest';
import * as root from '../../../routes/openreferral/+server';
import * as rest from '../../../routes/openreferral/[...rest]/+server';
import * as terms from '../../../routes/openreferral/taxonomy_terms/+server';
import { GeocoderUnavailableError } from '../geocoding';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, pagingOf, QueryError } from './query';
import { answer } from './responses';

type Handler = (event: unknown) => Response | Promise<Response>;
const call = (handler: unknown, path = '/openreferral/') =>
	(handler as Handler)({ url: new URL(`http://localhost${path}`), params: {} });

describe('every /openreferral/ route', () => {
	it.each([
		['the root', root],
		['a list', terms],
		['an unknown path', rest]
	])('answers a CORS preflight and refuses writes for %s', async (_, route) => {
		const preflight = await call(route.OPTIONS);
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
		expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
		const post = await call(route.fallback);
		expect(post.status).toBe(405);
		expect(post.headers.get('access-control-allow-origin')).toBe('*');
		expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
		expect(route.trailingSlash).toBe('ignore');
	});

	it('answers an unknown path with JSON 404 and CORS', async () => {
		const response = await call(rest.GET, '/openreferral/organizations');
		expect(response.status).toBe(404);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('content-type')).toBe('application/json');
		expect((await response.json()).message).toMatch(/nothing at this address/);
	});

	it('serves the root through the route', async () => {
		const response = await call(root.GET);
		expect((await response.json()).version).toBe('HSDS-UK-3.0');
	});
});

describe('answer', () => {
	it('turns failures into JSON with CORS: 400, 503 and 500', async () => {
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		const bad = await answer(() => {
			throw new QueryError('page must be a whole number, 1 or more');
		});
		const down = await answer(() => {
			throw new GeocoderUnavailableError('timed out');
		});
		const broken = await answer(() => {
			throw new Error('disk full');
		});
		expect([bad.status, down.status, broken.status]).toEqual([400, 503, 500]);
		for (const response of [bad, down, broken]) {
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
			expect(response.headers.get('cache-control')).toBe('no-store');
		}
		expect(await broken.json()).toEqual({
			message: 'Something went wrong on our side. Try again later'
		});
		expect(quiet).toHaveBeenCalledOnce();
		quiet.mockRestore();
	});
});

describe('pagingOf', () => {
	it('defaults, and caps per_page rather than refusing it', () => {
		expect(pagingOf(new URLSearchParams())).toEqual({ page: 1, perPage: DEFAULT_PER_PAGE });
		expect(pagingOf(new URLSearchParams('per_page=100000&page=3'))).toEqual({
			page: 3,
			perPage: MAX_PER_PAGE
		});
		expect(MAX_PER_PAGE).toBe(200);
	});
});
