/**
 * Real feeds often give a venue's postcode but no latitude and longitude. Before a feed is
 * read, its postcodes are looked up (a few at a time, through the same cached geocoder the
 * app uses) so those venues can still be placed on the map. Without a geocoder, or when it
 * is down, such venues are reported as unplaced rather than guessed.
 */
import { GeocoderUnavailableError, lookupPostcode, normalisePostcode } from '../geocoding';
import { mapLimited } from './fetch-feed';

type Locate = (postcode: string) => { lat: number; lng: number } | undefined;

const POSTCODE_KEYS = new Set(['postal_code', 'postcode', 'post_code']);
const LOOKUPS_AT_ONCE = 4;

/** Every postcode-like value under a postcode key, anywhere in the feed. */
export function feedPostcodes(json: unknown, found = new Set<string>()): Set<string> {
	if (Array.isArray(json)) {
		for (const item of json) feedPostcodes(item, found);
	} else if (json && typeof json === 'object') {
		for (const [key, value] of Object.entries(json)) {
			if (POSTCODE_KEYS.has(key) && typeof value === 'string') found.add(normalisePostcode(value));
			else if (typeof value === 'object') feedPostcodes(value, found);
		}
	}
	return found;
}

export async function postcodeLocator(
	json: unknown,
	options: { geocoderUrl?: string; fetch?: typeof fetch } = {}
): Promise<Locate | undefined> {
	if (!(options.geocoderUrl ?? process.env.GEOCODER_URL)) return undefined;
	const places = new Map<string, { lat: number; lng: number }>();
	try {
		await mapLimited([...feedPostcodes(json)], LOOKUPS_AT_ONCE, async (postcode) => {
			const place = await lookupPostcode(postcode, options);
			if (place) places.set(postcode, { lat: place.lat, lng: place.lng });
		});
	} catch (error) {
		if (!(error instanceof GeocoderUnavailableError)) throw error;
	}
	return (postcode) => places.get(normalisePostcode(postcode));
}
