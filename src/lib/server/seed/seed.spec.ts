import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	countActivities,
	directoryRevision,
	listActivities,
	listOrganisations
} from '../db/activities';
import type { Database } from '../db/index';
import { openTestDatabase } from '../db/test-db';
import { seedDemoDirectory, todayInLondon } from './seed';

let database: Database;
beforeEach(async () => {
	database = await openTestDatabase();
});
afterEach(() => database.close());

describe('seedDemoDirectory', () => {
	it('loads the whole demo directory, published and marked as demo data', async () => {
		const report = await seedDemoDirectory(database, '2026-11-21');
		expect(report.created).toBeGreaterThanOrEqual(180);
		expect(report.organisations).toBeGreaterThanOrEqual(60);
		expect(await countActivities(database, 'published')).toBe(report.created);
		const activities = await listActivities(database);
		expect(activities.every((a) => a.demo && a.source === 'waymark-demo')).toBe(true);
		expect((await listOrganisations(database)).length).toBe(report.organisations);
		const closed = activities.filter((a) => a.status !== 'active').length;
		expect(closed).toBeGreaterThan(0);
		expect(await listActivities(database, { activeOnly: true })).toHaveLength(
			activities.length - closed
		);
	});

	it('changes nothing when run again on the same day', async () => {
		const first = await seedDemoDirectory(database, '2026-11-21');
		const revision = await directoryRevision(database);
		const second = await seedDemoDirectory(database, '2026-11-21');
		expect(second).toEqual({
			created: 0,
			updated: 0,
			unchanged: first.created,
			organisations: first.organisations
		});
		expect(await directoryRevision(database)).toBe(revision);
	});
});

describe('todayInLondon', () => {
	it('gives the UK date, which is a day ahead of UTC late on a summer evening', () => {
		expect(todayInLondon(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
		expect(todayInLondon(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
	});
});
