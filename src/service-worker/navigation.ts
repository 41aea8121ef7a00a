/**
 * Navigations: network first, so a person online always gets the current page; offline (or
 * after NETWORK_WAIT_SECONDS on a weak signal) the copy the device kept of that page; failing
 * that, the offline page. The journey's pages are fetched when the worker installs.
 *
 * Kit's client router asks `__data.json` for pages with server loads; offline that request
 * fails and Kit falls back to a full navigation, which lands here. So `__data.json` needs no
 * cache of its own.
 */
import { registerRoute, Route } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { isKeepable, isKeptPage, JOURNEY_PAGES, OFFLINE_PAGE, pageKey } from './pages';

declare const self: ServiceWorkerGlobalScope;

const NETWORK_WAIT_SECONDS = 6;

export function routeNavigations(cacheName: string): void {
	const strategy = new NetworkFirst({
		cacheName,
		networkTimeoutSeconds: NETWORK_WAIT_SECONDS,
		plugins: [
			{ cacheKeyWillBeUsed: async ({ request }) => pageKey(new URL(request.url)) },
			{ cacheWillUpdate: async ({ response }) => (isKeepable(response) ? response : null) }
		]
	});
	const route = new Route(
		({ request, url }) => request.mode === 'navigate' && isKeptPage(url, self.location.origin),
		strategy
	);
	route.setCatchHandler(async () => {
		const offline = await caches.match(pageKey(new URL(OFFLINE_PAGE, self.location.origin)), {
			cacheName
		});
		return offline ?? Response.error();
	});
	registerRoute(route);
	self.addEventListener('install', (event) => event.waitUntil(warmPages(cacheName)));
}

/**
 * Keeps a copy of every page of the journey, one at a time so the server and the phone stay
 * free for the page the person is looking at. A page that fails now is kept on its first visit.
 */
async function warmPages(cacheName: string): Promise<void> {
	const cache = await caches.open(cacheName);
	for (const path of JOURNEY_PAGES) {
		const url = new URL(path, self.location.origin);
		try {
			const response = await fetch(url, { credentials: 'same-origin' });
			if (isKeepable(response)) await cache.put(pageKey(url), response);
		} catch {
			// Offline already, or the server is busy: this page waits for its first visit.
		}
	}
}
