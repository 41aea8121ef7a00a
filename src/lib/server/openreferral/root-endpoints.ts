/** `/openreferral/` itself: what the API is, its description, and what is not there. */
import openapi from './openapi.json' with { type: 'json' };
import * as m from '$lib/paraglide/messages';
import { answer, errorResponse, jsonResponse } from './responses';

export const ORUK_VERSION = 'HSDS-UK-3.0';
export const ORUK_PROFILE_URL = 'https://github.com/openreferral/uk-profile';

/** `GET /`: the version tells a validator to test the feed as ORUK v3. */
export function apiRoot(url: URL): Promise<Response> {
	return answer(() =>
		jsonResponse({
			version: ORUK_VERSION,
			profile: ORUK_PROFILE_URL,
			openapi_url: new URL('/openreferral/openapi.json', url).href
		})
	);
}

export function openapiDocument(): Promise<Response> {
	return answer(() => jsonResponse(openapi));
}

export function noSuchPath(): Promise<Response> {
	return answer(() => errorResponse(404, m.oruk_no_such_path()));
}
