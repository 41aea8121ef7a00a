/**
 * What every `/openreferral/` route exports besides GET: CORS preflights, a JSON 405 for any
 * write, and both `/services` and `/services/` answering, since a redirect carries no CORS
 * header and a browser client would see only a failure.
 */
import type { RequestHandler } from '@sveltejs/kit';
import { methodNotAllowedResponse, preflightResponse } from './responses';

export const OPTIONS: RequestHandler = () => preflightResponse();
export const fallback: RequestHandler = () => methodNotAllowedResponse();
export const trailingSlash = 'ignore';
