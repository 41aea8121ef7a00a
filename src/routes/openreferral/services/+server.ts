import { getDatabase } from '$lib/server/db';
import { servicesList } from '$lib/server/openreferral/service-endpoints';
import type { RequestHandler } from './$types';

export { OPTIONS, fallback, trailingSlash } from '$lib/server/openreferral/route-exports';

export const GET: RequestHandler = async ({ url }) => servicesList(await getDatabase(), url);
