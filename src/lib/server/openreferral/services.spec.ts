import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleActivity, sampleOrganisation } from '../../directory/fixtures';
import { termId } from '../../directory/ids';
import { taxonomyId } from '../../directory/oruk/write-terms';
import { saveActivity } from '../db/activities';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { getPublishedDirectory } from './published-directory';
import { serviceDetail, servicesList } from './service-endpoints';
import { saveTestDirectory, testId } from './test-directory';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
	await saveTestDirectory(database);
});
afterAll(() => database.close());

type Page = Record<string, unknown> & { contents: { id: string; name: string }[] };

async function list(query = ''): Promise<Page> {
	const response = await servicesList(
		database,
		new URL(`http://localhost/openreferral/services?${query}`)
	);
	expect(response.status).toBe(200);
	return response.json();
}
const names = async (query: string) => (await list(query)).contents.map((s) => s.name);

describe('GET /openreferral/services', () => {
	it('lists only published services, in name order, whatever their status', async () => {
		expect(await names('')).toEqual([
			'Evening choir',
			'Knit and natter',
			'Online café chat',
			'Youth football'
		]);
	});

	it.each([
		['search=KNIT', ['Knit and natter']],
		['search=cafe chat', ['Online café chat']],
		['search=crochet', ['Knit and natter']],
		[
			'search=Elswick Community',
			['Evening choir', 'Knit and natter', 'Online café chat', 'Youth football']
		],
		['search=knit choir', []],
		[`taxonomy_term_id=${termId('waymark-categories', 'music-singing')}`, ['Evening choir']],
		[
			`taxonomy_term_id=${termId('waymark-access', 'step-free')}`,
			['Knit and natter', 'Youth football']
		],
		[`taxonomy_id=${taxonomyId('waymark-access')}`, ['Knit and natter', 'Youth football']],
		[
			'taxonomy_id=waymark-categories',
			['Evening choir', 'Knit and natter', 'Online café chat', 'Youth football']
		],
		['minimum_age=18', ['Evening choir', 'Online café chat']],
		['minimum_age=50', ['Online café chat']],
		['maximum_age=16', ['Youth football']],
		['maximum_age=15', []],
		['day=MO', ['Evening choir']],
		['day=monday', ['Evening choir']],
		['day=Mon', ['Evening choir']],
		['day=we', ['Online café chat']],
		['start_time=14:00', ['Evening choir', 'Online café chat']],
		['end_time=12:00', ['Knit and natter', 'Youth football']],
		['start_time=10:00&end_time=12:00', ['Knit and natter', 'Youth football']],
		['day=SA&start_time=11:00', []],
		['day=SA&start_time=10:00:00', ['Youth football']],
		['minimum_age=11&maximum_age=16&day=SAT', ['Youth football']],
		['minimum_age=18&search=choir', ['Evening choir']],
		['minimum_age=18&day=TU', []]
	])('filters by %s', async (query, expected) => {
		expect(await names(query)).toEqual(expected);
	});

	it('pages, with an empty page past the last', async () => {
		const first = await list('per_page=3');
		expect(first).toMatchObject({
			total_items: 4,
			total_pages: 2,
			page_number: 1,
			size: 3,
			first_page: true,
			last_page: false,
			empty: false
		});
		const last = await list('per_page=3&page=2');
		expect(last).toMatchObject({ page_number: 2, size: 1, first_page: false, last_page: true });
		expect(last.contents.map((s) => s.name)).toEqual(['Youth football']);
		const beyond = await list('per_page=3&page=9');
		expect(beyond).toMatchObject({
			total_items: 4,
			page_number: 9,
			size: 0,
			last_page: true,
			empty: true
		});
		expect(beyond.contents).toEqual([]);
	});

	it('gives an empty first page when nothing matches', async () => {
		expect(await list('search=zzz')).toMatchObject({
			total_items: 0,
			total_pages: 1,
			first_page: true,
			last_page: true,
			empty: true,
			contents: []
		});
	});

	it.each([
		['page=0', 'page must be a whole number, 1 or more'],
		['page=two', 'page must be a whole number, 1 or more'],
		['per_page=0', 'per_page must be a whole number, 1 or more'],
		['per_page=-5', 'per_page must be a whole number, 1 or more'],
		['minimum_age=old', 'minimum_age must be an age in years, like 18'],
		['maximum_age=-1', 'maximum_age must be an age in years, like 18'],
		['day=funday', 'day must be a day of the week, like MO, monday or Mon'],
		['start_time=25:00', 'start_time must be a time of day, like 09:30'],
		['end_time=noon', 'end_time must be a time of day, like 09:30'],
		['proximity=1000', 'proximity needs a postcode to measure from']
	])('answers 400 to %s', async (query, message) => {
		const response = await servicesList(database, new URL(`http://localhost/s?${query}`));
		expect(response.status).toBe(400);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('content-type')).toBe('application/json');
		expect(await response.json()).toEqual({ message });
	});
});

describe('GET /openreferral/services/{id}', () => {
	it('gives the full service, whatever the case of its id', async () => {
		const response = await serviceDetail(database, testId('knit').toUpperCase());
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const service = await response.json();
		expect(service).toMatchObject({
			id: testId('knit'),
			name: 'Knit and natter',
			status: 'active'
		});
		expect(service.schedules).toHaveLength(1);
		expect(service.organization.name).toBe('Elswick Community Association');
	});

	it.each([
		['unknown', 'not-an-id'],
		['pending', testId('pending-walk')],
		['unpublished', testId('gone')]
	])('answers 404 with CORS for an %s service', async (_, id) => {
		const response = await serviceDetail(database, id);
		expect(response.status).toBe(404);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(await response.json()).toEqual({
			message: 'There is no published service with that id'
		});
	});
});

describe('the published directory cache', () => {
	it('is rebuilt when the directory changes, and only then', async () => {
		const before = await getPublishedDirectory(database);
		expect(await getPublishedDirectory(database)).toBe(before);
		await saveActivity(database, {
			activity: sampleActivity({ sourceId: 'pending-walk', name: 'Pending walk' }),
			organisation: sampleOrganisation(),
			listing: 'published'
		});
		const after = await getPublishedDirectory(database);
		expect(after).not.toBe(before);
		expect(after.serviceById.has(testId('pending-walk'))).toBe(true);
		expect((await serviceDetail(database, testId('pending-walk'))).status).toBe(200);
	});
});
