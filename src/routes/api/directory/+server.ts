import { getDatabase } from '$lib/server/db';
import { snapshotResponse } from '$lib/server/directory-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request }) =>
	snapshotResponse(await getDatabase(), request);
