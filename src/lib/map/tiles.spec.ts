import { describe, expect, it } from 'vitest';
import { TILE_SIZE, tileAt, tilesAround, tileUrl, worldPixel } from './tiles';

describe('tileAt', () => {
	it.each([
		// Checked against the OpenStreetMap wiki's formula (tan and sec), done independently.
		{ lat: 0, lng: 0, zoom: 0, tile: { z: 0, x: 0, y: 0 } },
		{ lat: 0, lng: 0, zoom: 1, tile: { z: 1, x: 1, y: 1 } },
		{ lat: 51.5074, lng: -0.1278, zoom: 10, tile: { z: 10, x: 511, y: 340 } },
		{ lat: 54.9705, lng: -1.6406, zoom: 16, tile: { z: 16, x: 32469, y: 20738 } },
		{ lat: -33.8688, lng: 151.2093, zoom: 12, tile: { z: 12, x: 3768, y: 2457 } }
	])('$lat, $lng at zoom $zoom is $tile.x/$tile.y', ({ lat, lng, zoom, tile }) => {
		expect(tileAt(lat, lng, zoom)).toEqual(tile);
	});

	it('keeps the poles and the date line on the map', () => {
		expect(tileAt(89.9, 180, 3)).toEqual({ z: 3, x: 7, y: 0 });
		expect(tileAt(-89.9, -180, 3)).toEqual({ z: 3, x: 0, y: 7 });
	});
});

describe('tilesAround', () => {
	it('fills the square with up to four tiles and puts the point at its centre', () => {
		const [lat, lng, zoom] = [54.9705, -1.6406, 16];
		const tiles = tilesAround(lat, lng, zoom);
		expect(tiles).toHaveLength(4);
		const centre = worldPixel(lat, lng, zoom);
		for (const tile of tiles) {
			// Each tile's corner, placed in the square, is where the projection puts it.
			expect(tile.left).toBeCloseTo(tile.x * TILE_SIZE - (centre.x - TILE_SIZE / 2), -0.5);
			expect(tile.top).toBeCloseTo(tile.y * TILE_SIZE - (centre.y - TILE_SIZE / 2), -0.5);
			expect(tile.left).toBeGreaterThan(-TILE_SIZE);
			expect(tile.left).toBeLessThan(TILE_SIZE);
		}
		expect(tiles.some((t) => t.left <= 0 && t.top <= 0)).toBe(true);
		expect(tiles).toContainEqual(expect.objectContaining(tileAt(lat, lng, zoom)));
	});

	it('needs one tile when the point is the centre of a tile, four when it is a corner', () => {
		expect(tilesAround(0, 0, 0)).toEqual([{ z: 0, x: 0, y: 0, left: 0, top: 0 }]);
		expect(tilesAround(0, 0, 1)).toEqual([
			{ z: 1, x: 0, y: 0, left: -128, top: -128 },
			{ z: 1, x: 1, y: 0, left: 128, top: -128 },
			{ z: 1, x: 0, y: 1, left: -128, top: 128 },
			{ z: 1, x: 1, y: 1, left: 128, top: 128 }
		]);
	});

	it('wraps round the date line and leaves out rows beyond the poles', () => {
		const tiles = tilesAround(85, 179.99, 2);
		expect(tiles.every((t) => t.x >= 0 && t.x < 4 && t.y >= 0)).toBe(true);
		expect(tiles.map((t) => t.x)).toContain(0);
		expect(tiles.every((t) => t.y === 0)).toBe(true);
	});
});

describe('tileUrl', () => {
	it('fills a Leaflet-style template', () => {
		expect(tileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { z: 16, x: 2, y: 3 })).toBe(
			'https://tile.openstreetmap.org/16/2/3.png'
		);
		expect(tileUrl('https://{s}.tiles.example.org/{z}/{x}/{y}{r}.png', { z: 1, x: 0, y: 1 })).toBe(
			'https://a.tiles.example.org/1/0/1.png'
		);
	});
});
