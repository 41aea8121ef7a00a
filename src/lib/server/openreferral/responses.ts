/**
 * Every answer of the ORUK API is JSON that any web page may read: the directory is open data,
 * so errors and 404s carry the CORS header too, or a browser client would see only "failed".
 */
import { GeocoderUnavailableError } from '../geocoding';
import * as m from '$lib/paraglide/messages';
import { QueryError } from './query';

const CORS = { 'access-control-allow-origin': '*' } as const;

export function jsonResponse(body: unknown, status = 200): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: {
			...CORS,
			'content-type': 'application/json',
			// A minute's caching spares the server without hiding a listing change for long.
			'cache-control': status === 200 ? 'public, max-age=60' : 'no-store'
		}
	});
}

export function errorResponse(status: number, message: string): Response {
	return jsonResponse({ message }, status);
}

/** The answer to a CORS preflight: GET from anywhere, with any request headers. */
export function preflightResponse(): Response {
	return new Response(null, {
		status: 204,
		headers: {
			...CORS,
			'access-control-allow-methods': 'GET, HEAD, OPTIONS',
			'access-control-allow-headers': '*',
			'access-control-max-age': '86400'
		}
	});
}

export function methodNotAllowedResponse(): Response {
	const response = errorResponse(405, m.oruk_method_not_allowed());
	response.headers.set('allow', 'GET, HEAD, OPTIONS');
	return response;
}

/**
 * Runs an endpoint's work and turns what goes wrong into JSON: a bad query is the caller's to
 * fix (400), an unreachable geocoder is temporary (503), anything else is ours (500). The
 * logged error carries no query, so no postcode reaches the logs.
 */
export async function answer(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof QueryError) return errorResponse(400, error.message);
		if (error instanceof GeocoderUnavailableError) {
			return errorResponse(503, m.oruk_geocoder_unavailable());
		}
		console.error('Open Referral API failed:', (error as Error).stack ?? String(error));
		return errorResponse(500, m.oruk_internal());
	}
}
