import { describe, expect, it } from 'vitest';
import { cacheNamesFor, staleCaches } from './versions';

describe('cache versions', () => {
	it('names the pages cache after the build, and finds the caches an old build left', () => {
		const names = cacheNamesFor('1700000000000');
		expect(names.pages).toBe('waymark-pages-1700000000000');
		const existing = [
			'waymark-pages-1600000000000',
			names.pages,
			names.directory,
			'waymark-tiles-v0',
			names.tiles,
			'workbox-precache-v2-http://localhost/'
		];
		expect(staleCaches(existing, names)).toEqual([
			'waymark-pages-1600000000000',
			'waymark-tiles-v0'
		]);
	});
});
