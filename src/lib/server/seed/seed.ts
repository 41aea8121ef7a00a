/**
 * Loads the demo directory into a database. Saving is an upsert, so seeding twice changes
 * nothing; every record is published and marked as demo data.
 */
import { saveActivities, type SaveOutcome } from '../db/activities';
import type { Database } from '../db/index';
import { buildDemoDirectory } from './demo-directory';

export type SeedReport = Record<SaveOutcome, number> & { organisations: number };

/** Today's date in the UK, as the demo's schedules and review dates are relative to it. */
export function todayInLondon(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

export async function seedDemoDirectory(
	database: Database,
	today = todayInLondon()
): Promise<SeedReport> {
	const { organisations, activities } = buildDemoDirectory(today);
	const byId = new Map(organisations.map((o) => [o.id, o]));
	const report: SeedReport = { created: 0, updated: 0, unchanged: 0, organisations: byId.size };
	const inputs = activities.map((activity) => {
		const organisation = byId.get(activity.organisation.id);
		if (!organisation) throw new Error(`Demo activity ${activity.sourceId} has no organisation`);
		return { activity, organisation, listing: 'published' as const };
	});
	for (const { outcome } of await saveActivities(database, inputs)) report[outcome] += 1;
	return report;
}
