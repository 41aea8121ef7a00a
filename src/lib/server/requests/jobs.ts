/**
 * The request housekeeping the server runs by itself: at start-up and then daily, purge closed
 * requests past retention; at start-up and each minute, tell link workers about new requests
 * (covering any whose mail a crash or restart interrupted).
 */
import type { Database } from '$lib/server/db';
import { notifyNewRequests } from './notify';
import { purgeClosedRequests, retentionMonths } from './purge';

const DAY = 24 * 60 * 60_000;
const MINUTE = 60_000;

export async function startRequestJobs(database: Database): Promise<void> {
	// A bad RETENTION_MONTHS stops the server at start-up, not silently at midnight.
	const months = retentionMonths();
	const purge = () =>
		purgeClosedRequests(database, { months }).catch(() =>
			console.error('Could not purge closed requests')
		);
	const notify = () =>
		notifyNewRequests(database).catch(() => console.error('Could not send new-request mail'));
	await purge();
	await notify();
	setInterval(purge, DAY).unref();
	setInterval(notify, MINUTE).unref();
}
