/**
 * Postcode look-ups against a postcodes.io-compatible geocoder (`GEOCODER_URL`). Answers are
 * cached in memory, found or not, so a busy postcode costs one outside request a day. A postcode
 * is personal enough to place someone's home: nothing here logs one, and errors never carry it.
 */

const TIMEOUT_MS = 5_000;
const CACHE_TTL_MS = 24 * 60 * 60 * 1000;
const CACHE_MAX_ENTRIES = 5_000;

export interface PostcodeLocation {
	/** The postcode as the geocoder writes it, e.g. "NE4 6SH". */
	postcode: string;
	lat: number;
	lng: number;
	/** The outward code, e.g. "NE4": the most of a postcode that may be stored or counted. */
	district: string;
}

export interface GeocoderOptions {
	/**
	 * Defaults to `GEOCODER_URL`. There is no built-in default: which outside service sees the
	 * postcodes people type is the deployment's choice.
	 */
	geocoderUrl?: string;
	fetch?: typeof fetch;
}

/** The geocoder could not be reached or answered nonsense; a later try may work. */
export class GeocoderUnavailableError extends Error {
	constructor(reason: string) {
		super(`The postcode service is unavailable (${reason})`);
		this.name = 'GeocoderUnavailableError';
	}
}

type Cached = { at: number; value: PostcodeLocation | null };
const cache = new Map<string, Cached>();

/** Upper case without spaces: "ne4 6sh" and "NE46SH" are one postcode. */
export function normalisePostcode(postcode: string): string {
	return postcode.replace(/\s+/g, '').toUpperCase();
}

/** The shape of a UK postcode, so obvious nonsense never reaches the geocoder. */
export function looksLikePostcode(postcode: string): boolean {
	return /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(normalisePostcode(postcode));
}

/** Where a postcode is, or null when there is no such postcode. */
export async function lookupPostcode(
	postcode: string,
	options: GeocoderOptions = {}
): Promise<PostcodeLocation | null> {
	const normalised = normalisePostcode(postcode);
	if (!looksLikePostcode(normalised)) return null;
	const configured = options.geocoderUrl ?? process.env.GEOCODER_URL;
	if (!configured) throw new GeocoderUnavailableError('GEOCODER_URL is not set');
	const base = configured.replace(/\/+$/, '');
	const key = `${base} ${normalised}`;
	const hit = cache.get(key);
	if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.value;

	const value = await ask(base, normalised, options.fetch);
	remember(key, value);
	return value;
}

async function ask(
	base: string,
	normalised: string,
	doFetch: typeof fetch = fetch
): Promise<PostcodeLocation | null> {
	let response: Response;
	try {
		response = await doFetch(`${base}/postcodes/${encodeURIComponent(normalised)}`, {
			headers: { accept: 'application/json' },
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
	} catch (error) {
		const name = (error as Error).name;
		throw new GeocoderUnavailableError(name === 'TimeoutError' ? 'timed out' : 'no connection');
	}
	if (response.status === 404) return null;
	if (!response.ok) throw new GeocoderUnavailableError(`HTTP ${response.status}`);
	const body = (await response.json().catch(() => undefined)) as
		| {
				result?: { postcode?: unknown; latitude?: unknown; longitude?: unknown; outcode?: unknown };
		  }
		| undefined;
	const result = body?.result;
	// postcodes.io answers 200 with null coordinates for a few real postcodes it cannot place.
	if (!result || typeof result.latitude !== 'number' || typeof result.longitude !== 'number') {
		if (result && typeof result.postcode === 'string') return null;
		throw new GeocoderUnavailableError('unexpected answer');
	}
	const written =
		typeof result.postcode === 'string'
			? result.postcode
			: `${normalised.slice(0, -3)} ${normalised.slice(-3)}`;
	return {
		postcode: written,
		lat: result.latitude,
		lng: result.longitude,
		district: typeof result.outcode === 'string' ? result.outcode : normalised.slice(0, -3)
	};
}

/** Oldest entries go first when the cache is full: a Map iterates in insertion order. */
function remember(key: string, value: PostcodeLocation | null) {
	cache.delete(key);
	cache.set(key, { at: Date.now(), value });
	while (cache.size > CACHE_MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

/** For tests: forget every cached answer. */
export function clearPostcodeCache(): void {
	cache.clear();
}
