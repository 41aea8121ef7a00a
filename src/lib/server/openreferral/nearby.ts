/**
 * `postcode` and `proximity`: distances from a postcode's centre to physical locations. Online
 * locations have no distance; they come after every placed one and never pass a proximity.
 */
type Json = Record<string, unknown>;

const EARTH_RADIUS_M = 6_371_000;

export interface Origin {
	lat: number;
	lng: number;
}

export function metresBetween(a: Origin, b: Origin): number {
	const rad = (degrees: number) => (degrees * Math.PI) / 180;
	const dLat = rad(b.lat - a.lat);
	const dLng = rad(b.lng - a.lng);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
	return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** The distance to a location, or Infinity when it has no place. */
export function metresTo(origin: Origin, location: Json | undefined): number {
	const lat = location?.latitude;
	const lng = location?.longitude;
	if (typeof lat !== 'number' || typeof lng !== 'number') return Infinity;
	return metresBetween(origin, { lat, lng });
}

/**
 * Items nearest first (a stable sort keeps name order among equals), only those within
 * `proximity` metres when it is given.
 */
export function nearestFirst<T>(
	items: readonly T[],
	distanceOf: (item: T) => number,
	proximity?: number
): T[] {
	return items
		.map((item) => ({ item, distance: distanceOf(item) }))
		.filter(({ distance }) => proximity === undefined || distance <= proximity)
		.sort((a, b) => (a.distance === b.distance ? 0 : a.distance < b.distance ? -1 : 1))
		.map(({ item }) => item);
}
