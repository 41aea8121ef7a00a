import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, readTileConfig } from './map-tiles';

describe('readTileConfig', () => {
	it('defaults to OpenStreetMap and its credit', () => {
		expect(readTileConfig({})).toEqual({
			url: DEFAULT_TILE_URL,
			attribution: [
				{ text: '© ' },
				{ text: 'OpenStreetMap', href: 'https://www.openstreetmap.org/copyright' },
				{ text: ' contributors' }
			]
		});
	});

	it('reads TILE_URL and TILE_ATTRIBUTION, and treats blank as unset', () => {
		const config = readTileConfig({
			TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
			TILE_ATTRIBUTION: 'Test tiles <a href="https://example.org">Example</a>'
		});
		expect(config.url).toBe('http://127.0.0.1:9/{z}/{x}/{y}.png');
		expect(config.attribution).toEqual([
			{ text: 'Test tiles ' },
			{ text: 'Example', href: 'https://example.org' }
		]);
		expect(readTileConfig({ TILE_URL: ' ', TILE_ATTRIBUTION: '' }).url).toBe(DEFAULT_TILE_URL);
		expect(Object.isFrozen(config)).toBe(true);
	});
});
