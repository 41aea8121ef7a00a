import { countActivities } from '$lib/server/db/activities';
import { getDatabase } from '$lib/server/db';
import { seedDemoDirectory } from '$lib/server/seed/seed';
import type { ServerInit } from '@sveltejs/kit';

/**
 * Opens (and migrates) the database before the first request, so a bad DATABASE_URL stops
 * the server at start-up rather than failing a patient's request later. `npm run demo`
 * asks for the demo directory when the database is empty.
 */
export const init: ServerInit = async () => {
	const database = await getDatabase();
	if (process.env.WAYMARK_SEED_IF_EMPTY === '1' && (await countActivities(database)) === 0) {
		const report = await seedDemoDirectory(database);
		console.info(`Seeded the demo directory: ${report.created} activities.`);
	}
};
