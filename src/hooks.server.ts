import { dev } from '$app/environment';
import { countActivities } from '$lib/server/db/activities';
import { getDatabase } from '$lib/server/db';
import { makeHandleError } from '$lib/server/auth/handle-error';
import { handleSession } from '$lib/server/auth/handle-session';
import { handleSecurityHeaders } from '$lib/server/auth/security-headers';
import { handleFormBodies } from '$lib/server/http/form-bodies';
import { purgeExpiredSessions } from '$lib/server/auth/sessions';
import { startRequestJobs } from '$lib/server/requests/jobs';
import { handleLocale } from '$lib/server/i18n/handle-locale';
import { seedDemoDirectory } from '$lib/server/seed/seed';
import { handleDirectorySnapshot } from '$lib/server/directory-snapshot';
import type { ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';

const SESSION_PURGE_INTERVAL = 15 * 60_000;

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
	await startRequestJobs(database);
	setInterval(() => {
		purgeExpiredSessions(database.db).catch(() => console.error('Could not purge old sessions'));
	}, SESSION_PURGE_INTERVAL).unref();
};

/**
 * Headers wrap every response, errors included; a form body that cannot be read is the
 * client's 400, not a 500; the session is resolved before any load.
 */
export const handle = sequence(
	handleSecurityHeaders,
	handleFormBodies,
	handleDirectorySnapshot,
	handleLocale,
	handleSession
);

export const handleError = makeHandleError(dev);
