/**
 * What the official validator does to an ORUK v3 API: read `GET /`, then the first, a middle
 * and the last page of each list, and the `{id}` endpoints of ids it saw, validating every body
 * against the official schemas.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orukErrors, orukPageErrors } from '../../../../tests/fixtures/oruk-schema/validate';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { seedDemoDirectory } from '../seed/seed';
import { apiRoot, openapiDocument } from './root-endpoints';
import {
	serviceAtLocationDetail,
	serviceAtLocationsList,
	serviceDetail,
	servicesList
} from './service-endpoints';
import {
	taxonomiesList,
	taxonomyDetail,
	taxonomyTermDetail,
	taxonomyTermsList
} from './taxonomy-endpoints';

let database: Database;
beforeAll(async () => {
	database = await openTestDatabase();
	await seedDemoDirectory(database, '2026-11-21');
});
afterAll(() => database.close());

const url = (path: string) => new URL(`http://localhost/openreferral${path}`);
type Page = { total_pages: number; contents: { id: string }[] };

async function body<T = Page>(response: Promise<Response> | Response): Promise<T> {
	const answered = await response;
	expect(answered.status).toBe(200);
	expect(answered.headers.get('access-control-allow-origin')).toBe('*');
	expect(answered.headers.get('content-type')).toBe('application/json');
	return answered.json() as Promise<T>;
}

/** The first, a middle and the last page, as the validator reads them. */
async function samplePages(list: (url: URL) => Promise<Response>, path: string) {
	const first = await body(list(url(`${path}?per_page=7`)));
	const middle = Math.ceil(first.total_pages / 2);
	const pages = [first];
	for (const n of [middle, first.total_pages]) {
		pages.push(await body(list(url(`${path}?per_page=7&page=${n}`))));
	}
	return pages;
}

describe('the ORUK v3 API against the official schemas', () => {
	it('declares HSDS-UK-3.0 at its root and serves the official openapi.json', async () => {
		const root = await body<Record<string, string>>(apiRoot(url('/')));
		expect(root).toEqual({
			version: 'HSDS-UK-3.0',
			profile: expect.stringMatching(/^https:\/\//),
			openapi_url: 'http://localhost/openreferral/openapi.json'
		});
		const openapi = await body<{ info: { title: string }; paths: object }>(openapiDocument());
		expect(openapi.info.title).toBe('Open Referral UK Profile');
		expect(Object.keys(openapi.paths)).toContain('/services');
	});

	it('serves conforming /services pages and services', async () => {
		const pages = await samplePages((u) => servicesList(database, u), '/services');
		expect(pages[0].total_pages).toBeGreaterThan(20);
		for (const page of pages) expect(orukPageErrors('service_list', page)).toEqual([]);
		for (const page of pages) {
			for (const { id } of page.contents.slice(0, 3)) {
				expect(orukErrors('service', await body(serviceDetail(database, id)))).toEqual([]);
			}
		}
	});

	it('serves conforming /service_at_locations pages and records', async () => {
		const pages = await samplePages(
			(u) => serviceAtLocationsList(database, u),
			'/service_at_locations'
		);
		for (const page of pages) {
			expect(orukPageErrors('service_at_location_list', page)).toEqual([]);
			for (const { id } of page.contents.slice(0, 3)) {
				const full = await body(serviceAtLocationDetail(database, id));
				expect(orukErrors('service_at_location', full)).toEqual([]);
			}
		}
	});

	it('serves conforming taxonomies and terms', async () => {
		const taxonomies = await body(taxonomiesList(url('/taxonomies')));
		expect(orukPageErrors('taxonomy', taxonomies)).toEqual([]);
		expect(taxonomies.contents).toHaveLength(2);
		for (const { id } of taxonomies.contents) {
			expect(orukErrors('taxonomy', await body(taxonomyDetail(id)))).toEqual([]);
		}
		for (const page of await samplePages(taxonomyTermsList, '/taxonomy_terms')) {
			expect(orukPageErrors('taxonomy_term', page)).toEqual([]);
			for (const { id } of page.contents) {
				expect(orukErrors('taxonomy_term', await body(taxonomyTermDetail(id)))).toEqual([]);
			}
		}
	});
});
