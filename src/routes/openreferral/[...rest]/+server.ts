import { noSuchPath } from '$lib/server/openreferral/root-endpoints';
import type { RequestHandler } from './$types';

export { OPTIONS, fallback, trailingSlash } from '$lib/server/openreferral/route-exports';

/** Unknown paths answer in JSON with CORS like the rest of the API, not with the app's page. */
export const GET: RequestHandler = () => noSuchPath();
