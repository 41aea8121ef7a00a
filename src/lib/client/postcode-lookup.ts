/** Asks Waymark's server where a postcode is. The only part of a search a phone ever sends. */
import type { Place } from '$lib/questionnaire';

export type LookupResult =
	| { ok: true; place: Extract<Place, { kind: 'postcode' }> }
	| { ok: false; problem: 'not-a-postcode' | 'not-found' | 'unavailable' };

export async function lookUpPostcode(
	postcode: string,
	doFetch: typeof fetch = fetch
): Promise<LookupResult> {
	let response: Response;
	try {
		response = await doFetch(`/api/postcode/${encodeURIComponent(postcode.replace(/\s+/g, ''))}`);
	} catch {
		return { ok: false, problem: 'unavailable' };
	}
	if (response.status === 400) return { ok: false, problem: 'not-a-postcode' };
	if (response.status === 404) return { ok: false, problem: 'not-found' };
	if (!response.ok) return { ok: false, problem: 'unavailable' };
	const found = (await response.json()) as {
		postcode: string;
		district: string;
		lat: number;
		lng: number;
	};
	return { ok: true, place: { kind: 'postcode', ...found } };
}
