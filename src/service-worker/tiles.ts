/**
 * Map tiles: cache first, so the area a person has looked at is drawn again offline; at most
 * TILE_MAX_ENTRIES tiles for TILE_MAX_AGE_SECONDS, the oldest dropped first, and all of them
 * dropped if the browser runs short of space. Tiles fetched without CORS are opaque, and
 * Chromium counts each opaque response as about 7 MB against the quota: the map should ask
 * for its tiles with `crossOrigin` so they are counted at their real size.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { TILE_MAX_AGE_SECONDS, TILE_MAX_ENTRIES, tileMatcher } from './tile-pattern';

export function routeTiles(tileOrigin: string | null, cacheName: string): void {
	const isTile = tileMatcher(tileOrigin);
	if (!isTile) return;
	registerRoute(
		({ url }) => isTile(url),
		new CacheFirst({
			cacheName,
			plugins: [
				new CacheableResponsePlugin({ statuses: [0, 200] }),
				new ExpirationPlugin({
					maxEntries: TILE_MAX_ENTRIES,
					maxAgeSeconds: TILE_MAX_AGE_SECONDS,
					purgeOnQuotaError: true
				})
			]
		})
	);
}
