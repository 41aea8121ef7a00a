import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleActivity, sampleOrganisation, sampleVenue } from '../../directory/fixtures';
import { stableId } from '../../directory/ids';
import {
	countActivities,
	directoryRevision,
	getActivity,
	listActivities,
	listOrganisations,
	previewSave,
	saveActivities,
	saveActivity,
	unpublishMissing
} from './activities';
import type { Database } from './index';
import { openTestDatabase } from './test-db';

let database: Database;
beforeEach(async () => {
	database = await openTestDatabase();
});
afterEach(async () => {
	await database.close();
});

const organisation = sampleOrganisation();
const save = (activity = sampleActivity(), listing: 'published' | 'pending' = 'published') =>
	saveActivity(database, { activity, organisation, listing });

describe(`activities repository (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
	it('stores an activity and reads back an equal one', async () => {
		const activity = sampleActivity({ minAge: 50, eligibility: 'People aged 50 and over' });
		expect(await save(activity)).toEqual({ outcome: 'created', id: activity.id });
		expect(await listActivities(database)).toEqual([activity]);
		expect(await getActivity(database, activity.id)).toEqual({ activity, listing: 'published' });
	});

	it('reports a second save of the same listing as unchanged and leaves the revision alone', async () => {
		await save();
		const revision = await directoryRevision(database);
		expect((await save()).outcome).toBe('unchanged');
		expect(await directoryRevision(database)).toBe(revision);
	});

	it('updates by source and source id, and bumps the revision', async () => {
		await save();
		const before = await directoryRevision(database);
		const changed = sampleActivity({ capacity: 'full', venues: [], online: true });
		expect((await save(changed)).outcome).toBe('updated');
		expect(await directoryRevision(database)).toBe(before + 1);
		const [stored] = await listActivities(database);
		expect(stored).toMatchObject({ capacity: 'full', venues: [], online: true });
		expect(await countActivities(database)).toBe(1);
	});

	it('keeps several venues in their order and shares a venue between activities', async () => {
		const second = sampleVenue({ id: stableId('test', 'venue-2'), name: 'Benwell library' });
		await save(sampleActivity({ venues: [second, sampleVenue()] }));
		await save(sampleActivity({ sourceId: 'activity-2', name: 'Chair yoga', venues: [second] }));
		const all = await listActivities(database);
		expect(all.map((a) => [a.name, a.venues.map((v) => v.name)])).toEqual([
			['Chair yoga', ['Benwell library']],
			['Knit and natter', ['Benwell library', 'Elswick community hall']]
		]);
	});

	it('lists by listing and by status', async () => {
		await save(sampleActivity({ sourceId: 'a' }));
		await save(sampleActivity({ sourceId: 'b', status: 'temporarily closed' }));
		await save(sampleActivity({ sourceId: 'c' }), 'pending');
		expect((await listActivities(database)).map((a) => a.sourceId)).toEqual(['a', 'b']);
		expect((await listActivities(database, { activeOnly: true })).map((a) => a.sourceId)).toEqual([
			'a'
		]);
		expect((await listActivities(database, { listing: 'pending' })).map((a) => a.sourceId)).toEqual(
			['c']
		);
		expect(await countActivities(database, 'pending')).toBe(1);
		expect(await listOrganisations(database)).toEqual([organisation]);
	});

	it('unpublishes what a full feed no longer lists, without deleting it', async () => {
		await save(sampleActivity({ sourceId: 'a' }));
		await save(sampleActivity({ sourceId: 'b' }));
		expect(await unpublishMissing(database, 'test', ['a'])).toBe(1);
		expect((await listActivities(database)).map((a) => a.sourceId)).toEqual(['a']);
		expect(
			(await listActivities(database, { listing: 'unpublished' })).map((a) => a.sourceId)
		).toEqual(['b']);
		expect(await unpublishMissing(database, 'test', ['a'])).toBe(0);
		expect(await unpublishMissing(database, 'other-source', [])).toBe(0);
		expect(await countActivities(database)).toBe(2);
	});

	it('saves in batches with the same outcomes, and previews without writing', async () => {
		const inputs = ['a', 'b', 'c'].map((sourceId) => ({
			activity: sampleActivity({ sourceId }),
			organisation,
			listing: 'published' as const
		}));
		expect(await previewSave(database, inputs[0])).toBe('created');
		expect(await countActivities(database)).toBe(0);
		const first = await saveActivities(database, inputs);
		expect(first.map((r) => r.outcome)).toEqual(['created', 'created', 'created']);
		const revision = await directoryRevision(database);
		inputs[1] = { ...inputs[1], activity: sampleActivity({ sourceId: 'b', capacity: 'waitlist' }) };
		expect(await previewSave(database, inputs[1])).toBe('updated');
		expect(await previewSave(database, inputs[0])).toBe('unchanged');
		const second = await saveActivities(database, inputs);
		expect(second.map((r) => r.outcome)).toEqual(['unchanged', 'updated', 'unchanged']);
		expect(await directoryRevision(database)).toBe(revision + 1);
		expect((await saveActivities(database, inputs)).every((r) => r.outcome === 'unchanged')).toBe(
			true
		);
		expect(await directoryRevision(database)).toBe(revision + 1);
	});

	it('writes nothing when a save fails part-way', async () => {
		const broken = sampleActivity({
			sourceId: 'x',
			venues: [sampleVenue({ name: null as never })]
		});
		await expect(save(broken)).rejects.toThrow();
		expect(await countActivities(database)).toBe(0);
		expect(await directoryRevision(database)).toBe(0);
	});
});
