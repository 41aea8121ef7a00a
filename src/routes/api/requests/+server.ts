import { getDatabase } from '$lib/server/db';
import { receiveRequest } from '$lib/server/requests/receive';
import type { RequestHandler } from './$types';

/** A person's request for a link worker (DESIGN.md §3.6). */
export const POST: RequestHandler = async ({ request }) =>
	receiveRequest(request, await getDatabase());
