import { apiRoot } from '$lib/server/openreferral/root-endpoints';
import type { RequestHandler } from './$types';

export { OPTIONS, fallback, trailingSlash } from '$lib/server/openreferral/route-exports';

export const GET: RequestHandler = ({ url }) => apiRoot(url);
