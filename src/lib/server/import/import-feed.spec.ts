import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import serviceFull from '../../../../../shared/open-referral-uk/examples/service_full.json' with { type: 'json' };
import serviceList from '../../../../../shared/open-referral-uk/examples/service_list.json' with { type: 'json' };
import v1Page from '../../directory/oruk/fixtures/v1-page.json' with { type: 'json' };
import v3Messy from '../../directory/oruk/fixtures/v3-messy.json' with { type: 'json' };
import v3Page from '../../directory/oruk/fixtures/v3-page.json' with { type: 'json' };
import { FeedFormatError } from '../../directory/oruk/read-feed';
import { countActivities, directoryRevision, getActivity } from '../db/activities';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { getEncodedSnapshot } from '../directory-snapshot';
import { publishedServices } from '../openreferral/published-services';
import { servicesList } from '../openreferral/service-endpoints';
import { importFeed } from './import-feed';

let database: Database;
beforeEach(async () => {
	database = await openTestDatabase();
});
afterEach(() => database.close());

const source = 'test-feed';
const importJson = (json: unknown, options = {}) =>
	importFeed(database, JSON.parse(JSON.stringify(json)), { source, ...options });
const snapshotNames = async () =>
	JSON.parse((await getEncodedSnapshot(database)).bodies.identity.toString()).activities.map(
		(a: { name: string }) => a.name
	);
async function apiNames(): Promise<string[]> {
	const response = await servicesList(database, new URL('http://localhost/openreferral/services'));
	return (await response.json()).contents.map((s: { name: string }) => s.name);
}

describe('importFeed: the official examples and messy feeds', () => {
	it.each([
		['service_list.json', serviceList, 'oruk-v3', 1, []],
		['service_full.json', [serviceFull], 'oruk-v3', 0, [serviceFull.id]],
		['a messy v3 array', v3Messy, 'oruk-v3', 4, ['svc-102', 'svc-104', 'svc-106', 'svc-107']],
		['a v3 page', v3Page, 'oruk-v3', 2, []],
		['a v1 page', v1Page, 'oruk-v1', 2, ['1236']]
	])(
		'imports %s, skipping bad records and keeping the rest',
		async (_, json, format, created, skipped) => {
			const report = await importJson(json);
			expect(report).toMatchObject({ format, source, created, updated: 0, unchanged: 0 });
			expect(report.skipped.map((s) => s.id)).toEqual(skipped);
			for (const skip of report.skipped) expect(skip.reason).toMatch(/^[A-Z]/);
			const { byWaymarkTerm, byOtherTaxonomy, byText, none } = report.categorised;
			expect(byWaymarkTerm + byOtherTaxonomy + byText + none).toBe(created);
			expect(await countActivities(database, 'published')).toBe(created);
		}
	);

	it('reports everything unchanged on a second import, and writes nothing', async () => {
		await importJson(v3Messy);
		const revision = await directoryRevision(database);
		const again = await importJson(v3Messy);
		expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, unpublished: 0 });
		expect(await directoryRevision(database)).toBe(revision);
	});

	it('updates what changed and leaves the rest', async () => {
		await importJson(v3Page);
		const [first, second] = v3Page.contents;
		const report = await importJson([{ ...first, name: 'Walking netball' }, second]);
		expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
		expect(await apiNames()).toEqual(['Community choir', 'Walking netball']);
	});

	it('keeps going past records that are not services at all', async () => {
		const report = await importJson([42, ...v3Page.contents, { name: 'No id' }, null]);
		expect(report.created).toBe(2);
		expect(report.skipped).toHaveLength(3);
	});

	it('refuses what is not a feed, writing nothing', async () => {
		await expect(importJson({ type: 'FeatureCollection' })).rejects.toThrow(FeedFormatError);
		expect(await countActivities(database)).toBe(0);
	});
});

describe('importFeed: options', () => {
	it('--full unpublishes the services a complete feed no longer lists, and keeps them', async () => {
		await importJson(v3Messy);
		const before = await publishedServices(database);
		const gone = before.find((s) => s.wm_source_id === 'svc-101')!.id;
		const report = await importJson(
			v3Messy.filter((s) => s.id !== 'svc-101'),
			{ full: true }
		);
		expect(report).toMatchObject({ unchanged: 3, unpublished: 1 });
		const after = (await publishedServices(database)).map((s) => s.id);
		expect(after).toEqual(before.map((s) => s.id).filter((id) => id !== gone));
		expect(await getActivity(database, gone)).toMatchObject({ listing: 'unpublished' });
		expect(await countActivities(database)).toBe(4);
	});

	it('--full leaves other sources alone', async () => {
		await importJson(v3Page);
		const report = await importJson(v1Page, { source: 'other-feed', full: true });
		expect(report.unpublished).toBe(0);
		expect(await countActivities(database, 'published')).toBe(4);
	});

	it('--moderate imports as pending: in neither the app snapshot nor the API', async () => {
		const report = await importJson(v3Page, { moderate: true });
		expect(report.created).toBe(2);
		expect(await countActivities(database, 'pending')).toBe(2);
		expect(await snapshotNames()).toEqual([]);
		expect(await apiNames()).toEqual([]);
		const published = await importJson(v3Page);
		expect(published).toMatchObject({ updated: 2 });
		expect(await apiNames()).toEqual(['Community choir', 'Walking football']);
		// The app's snapshot holds active activities only; the fixture's choir is not active.
		expect(await snapshotNames()).toEqual(['Walking football']);
	});

	it('--dry-run reports what would change and writes nothing', async () => {
		const revision = await directoryRevision(database);
		const report = await importJson(v3Messy, { dryRun: true, full: true });
		expect(report).toMatchObject({ created: 4, dryRun: true, unpublished: 0 });
		expect(await countActivities(database)).toBe(0);
		expect(await directoryRevision(database)).toBe(revision);

		await importJson(v3Messy);
		const changed = v3Messy.map((s) => (s.id === 'svc-101' ? { ...s, name: 'Renamed' } : s));
		const preview = await importJson(changed, { dryRun: true });
		expect(preview).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
		expect(await apiNames()).not.toContain('Renamed');
	});
});

describe('importFeed: access words against attributes', () => {
	const stepFreeYes = {
		taxonomy_term: { taxonomy: 'waymark-access', term: 'step-free', name: 'Step-free access' },
		value: 'yes'
	};
	type Linked = { service_at_locations: { location: Record<string, unknown> }[] };
	const [messy] = v3Messy as unknown as (Record<string, unknown> & Linked)[];
	const withHall = (words: string, extra = {}) => {
		const [link] = messy.service_at_locations;
		const location = {
			...link.location,
			accessibility: [{ id: 'ac1', description: words }],
			attributes: [stepFreeYes]
		};
		return { ...messy, ...extra, service_at_locations: [{ ...link, location }] };
	};

	it('counts every conflict, and says for each what the words and the attribute said', async () => {
		const report = await importJson([
			withHall('The hall is up six steps with no ramp.'),
			withHall('Level access throughout.', { id: 'svc-agrees' })
		]);
		expect(report.accessConflicts).toBe(1);
		expect(report.accessConflicted).toEqual([
			{
				id: 'svc-101',
				conflicts: [
					{ venue: 'Elswick Hall', feature: 'step-free', words: false, attribute: true, kept: null }
				]
			}
		]);
	});

	it('reports no conflicts for a feed without any', async () => {
		const report = await importJson(v3Messy);
		expect(report).toMatchObject({ accessConflicts: 0, accessConflicted: [] });
	});
});
