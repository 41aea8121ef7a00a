/**
 * Web Mercator tile maths for the printed shortlist's small maps: which tiles of `TILE_URL`
 * cover a square centred on a venue, and where each sits in that square. Pure.
 */
export const TILE_SIZE = 256;

export interface TileAddress {
	z: number;
	x: number;
	y: number;
}

/** A tile and its offset, in CSS pixels, from the top-left corner of the square it fills. */
export interface PlacedTile extends TileAddress {
	left: number;
	top: number;
}

/** Web Mercator stops here: beyond, the projection runs to infinity. */
const MAX_LATITUDE = 85.0511287798;

/** A point's position on the whole world's map at `zoom`, in pixels from its top-left. */
export function worldPixel(lat: number, lng: number, zoom: number): { x: number; y: number } {
	const scale = TILE_SIZE * 2 ** zoom;
	const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
	const sin = Math.sin((clamped * Math.PI) / 180);
	return {
		x: ((lng + 180) / 360) * scale,
		y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale
	};
}

export function tileAt(lat: number, lng: number, zoom: number): TileAddress {
	const { x, y } = worldPixel(lat, lng, zoom);
	const count = 2 ** zoom;
	return {
		z: zoom,
		x: Math.min(count - 1, Math.floor(x / TILE_SIZE)),
		y: Math.min(count - 1, Math.floor(y / TILE_SIZE))
	};
}

/**
 * The tiles that fill a `size` × `size` square with the point at its centre: four at most
 * for a square no bigger than a tile. Columns wrap round at the date line; rows beyond the
 * poles are left out (the square shows blank there).
 */
export function tilesAround(
	lat: number,
	lng: number,
	zoom: number,
	size = TILE_SIZE
): PlacedTile[] {
	const centre = worldPixel(lat, lng, zoom);
	const left = centre.x - size / 2;
	const top = centre.y - size / 2;
	const count = 2 ** zoom;
	const tiles: PlacedTile[] = [];
	for (let row = Math.floor(top / TILE_SIZE); row * TILE_SIZE < top + size; row++) {
		if (row < 0 || row >= count) continue;
		for (let column = Math.floor(left / TILE_SIZE); column * TILE_SIZE < left + size; column++) {
			tiles.push({
				z: zoom,
				x: ((column % count) + count) % count,
				y: row,
				left: Math.round(column * TILE_SIZE - left),
				top: Math.round(row * TILE_SIZE - top)
			});
		}
	}
	return tiles;
}

/** A tile's address from a Leaflet-style template: `{z}`, `{x}`, `{y}`, `{s}` and `{r}`. */
export function tileUrl(template: string, { z, x, y }: TileAddress): string {
	return template
		.replaceAll('{s}', 'a')
		.replaceAll('{r}', '')
		.replaceAll('{z}', String(z))
		.replaceAll('{x}', String(x))
		.replaceAll('{y}', String(y));
}
