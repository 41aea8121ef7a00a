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
import {
	inLanguage,
	isKeepable,
	isKeptPage,
	journeyPages,
	localePrefix,
	OFFLINE_PAGE,
	pageKey
} from './pages';

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
	route.setCatchHandler(async ({ url }) => {
		const offlinePage = (prefix: string) =>
			caches.match(pageKey(new URL(inLanguage(OFFLINE_PAGE, prefix), self.location.origin)), {
				cacheName
			});
		const offline = (await offlinePage(localePrefix(url.pathname))) ?? (await offlinePage(''));
		return offline ?? Response.error();
	});
	registerRoute(route);
	// The journey in the language of the pages open when the worker installs (English if none),
	// and in any other language a page asks for later (`{ type: 'warm-journey' }` on its load).
	self.addEventListener('install', (event) => event.waitUntil(warmOpenLanguages(cacheName)));
	self.addEventListener('message', (event) => {
		if (event.data?.type !== 'warm-journey' || !(event.source instanceof WindowClient)) return;
		const prefix = localePrefix(new URL(event.source.url).pathname);
		event.waitUntil(warmJourney(cacheName, prefix, { unlessKept: true }));
	});
}

async function warmOpenLanguages(cacheName: string): Promise<void> {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const prefixes = new Set(windows.map((client) => localePrefix(new URL(client.url).pathname)));
	if (prefixes.size === 0) prefixes.add('');
	for (const prefix of prefixes) await warmJourney(cacheName, prefix);
}

/**
 * Keeps a copy of every page of the journey, one at a time so the server and the phone stay
 * free for the page the person is looking at. A page that fails now is kept on its first visit.
 * Asked again for a language already kept, it does nothing.
 */
async function warmJourney(
	cacheName: string,
	prefix: string,
	{ unlessKept = false } = {}
): Promise<void> {
	const cache = await caches.open(cacheName);
	const pages = journeyPages(prefix);
	const offline = pageKey(new URL(inLanguage(OFFLINE_PAGE, prefix), self.location.origin));
	if (unlessKept && (await cache.match(offline))) return;
	for (const path of pages) {
		const url = new URL(path, self.location.origin);
		try {
			const response = await fetch(url, { credentials: 'same-origin' });
			if (isKeepable(response)) await cache.put(pageKey(url), response);
		} catch {
			// Offline already, or the server is busy: this page waits for its first visit.
		}
	}
}
