/**
 * GET /api/postcode/{postcode} (DESIGN.md §3.6): where a postcode is, for the questionnaire.
 * The only thing about a search a phone sends. Nothing here logs it; the answer may be kept
 * by the person's browser but never by a shared cache.
 */
import { json } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages';
import { GeocoderUnavailableError, looksLikePostcode, lookupPostcode } from '$lib/server/geocoding';
import type { RequestHandler } from './$types';

const HEADERS = { 'cache-control': 'private, max-age=86400' };

export const GET: RequestHandler = async ({ params }) => {
	if (!looksLikePostcode(params.postcode)) {
		return json({ message: m.postcode_not_apostcode() }, { status: 400, headers: HEADERS });
	}
	try {
		const found = await lookupPostcode(params.postcode);
		if (!found) return json({ message: m.postcode_not_found() }, { status: 404, headers: HEADERS });
		const { postcode, lat, lng, district } = found;
		return json({ postcode, lat, lng, district }, { headers: HEADERS });
	} catch (error) {
		if (!(error instanceof GeocoderUnavailableError)) throw error;
		return json(
			{ message: m.postcode_unavailable() },
			{ status: 503, headers: { 'cache-control': 'no-store' } }
		);
	}
};
