import { describe, expect, it } from 'vitest';
import { tileOrigin, withTileHost } from './security-headers';

describe('map tiles in the CSP', () => {
	it('reads the tile host from a URL template', () => {
		expect(tileOrigin('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
			'https://tile.openstreetmap.org'
		);
		expect(tileOrigin('https://{s}.tiles.example.org/{z}/{x}/{y}.png')).toBe(
			'https://*.tiles.example.org'
		);
		expect(tileOrigin('not a url')).toBeNull();
	});

	it('adds it to img-src only', () => {
		const csp = "default-src 'self'; img-src 'self' data:; script-src 'self' 'nonce-abc'";
		expect(withTileHost(csp, 'https://tile.openstreetmap.org')).toBe(
			"default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; script-src 'self' 'nonce-abc'"
		);
	});
});
