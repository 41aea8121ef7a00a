import { getDatabase } from '$lib/server/db';
import { serviceAtLocationsList } from '$lib/server/openreferral/service-endpoints';
import type { RequestHandler } from './$types';

export { OPTIONS, fallback, trailingSlash } from '$lib/server/openreferral/route-exports';

export const GET: RequestHandler = async ({ url }) =>
	serviceAtLocationsList(await getDatabase(), url);
