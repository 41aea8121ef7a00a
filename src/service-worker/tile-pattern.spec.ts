import { describe, expect, it } from 'vitest';
import {
	TILE_MAX_AGE_SECONDS,
	TILE_MAX_ENTRIES,
	tileMatcher,
	tileOriginFrom
} from './tile-pattern';

describe('map tile matching', () => {
	it('reads the tile host from the worker’s address', () => {
		const worker = `https://waymark.example.org/service-worker.js?tiles=${encodeURIComponent('https://*.tile.example.org')}`;
		expect(tileOriginFrom(worker)).toBe('https://*.tile.example.org');
		expect(tileOriginFrom('https://waymark.example.org/service-worker.js')).toBeNull();
	});

	it.each([
		['https://tile.openstreetmap.org', 'https://tile.openstreetmap.org/5/15/10.png', true],
		['https://tile.openstreetmap.org', 'https://a.tile.openstreetmap.org/5/15/10.png', false],
		['https://*.tile.example.org', 'https://b.tile.example.org/5/15/10.png', true],
		['https://*.tile.example.org', 'https://tile.example.org/5/15/10.png', false],
		['https://*.tile.example.org', 'https://evil.org/?https://a.tile.example.org', false],
		['https://tiles.example.org:8443', 'https://tiles.example.org:8443/1/1/1.png', true],
		['https://tiles.example.org', 'http://tiles.example.org/1/1/1.png', false]
	])('%s matches %s: %s', (origin, tile, expected) => {
		expect(tileMatcher(origin)?.(new URL(tile))).toBe(expected);
	});

	it('matches nothing without a valid tile host', () => {
		expect(tileMatcher(null)).toBeNull();
		expect(tileMatcher('not a url')).toBeNull();
	});

	it('keeps the cache bounded', () => {
		expect(TILE_MAX_ENTRIES).toBeGreaterThan(0);
		expect(TILE_MAX_AGE_SECONDS).toBe(2_592_000);
	});
});
