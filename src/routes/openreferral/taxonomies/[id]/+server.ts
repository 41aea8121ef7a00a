import { taxonomyDetail } from '$lib/server/openreferral/taxonomy-endpoints';
import type { RequestHandler } from './$types';

export { OPTIONS, fallback, trailingSlash } from '$lib/server/openreferral/route-exports';

export const GET: RequestHandler = ({ params }) => taxonomyDetail(params.id);
