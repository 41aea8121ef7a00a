/** Great-circle distance on a sphere the size of the Earth (haversine). */

export const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

export interface GeoPoint {
	lat: number;
	lng: number;
}

/** A point with its trigonometry done once, for many distance checks against it. */
export interface PreparedPoint {
	latRad: number;
	lngRad: number;
	cosLat: number;
}

export function preparePoint(point: GeoPoint): PreparedPoint {
	const latRad = point.lat * RADIANS;
	return { latRad, lngRad: point.lng * RADIANS, cosLat: Math.cos(latRad) };
}

export function distanceKm(a: PreparedPoint, b: PreparedPoint): number {
	const sinLat = Math.sin((b.latRad - a.latRad) / 2);
	const sinLng = Math.sin((b.lngRad - a.lngRad) / 2);
	const h = sinLat * sinLat + a.cosLat * b.cosLat * sinLng * sinLng;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
	return distanceKm(preparePoint(a), preparePoint(b));
}

/**
 * Equirectangular estimate: within 0.5% of the haversine below 100 km in Britain, and
 * a few multiplications cheaper. Used only to skip venues plainly out of reach.
 */
export function flatDistanceKm(a: PreparedPoint, b: PreparedPoint): number {
	const x = (b.lngRad - a.lngRad) * ((a.cosLat + b.cosLat) / 2);
	const y = b.latRad - a.latRad;
	return EARTH_RADIUS_KM * Math.sqrt(x * x + y * y);
}
