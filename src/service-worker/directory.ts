/**
 * The directory snapshot (`/api/directory`). The page is the source of truth: it keeps its
 * copy in IndexedDB and revalidates it with `If-None-Match`, so those requests always go to
 * the network (a copy from here would hide a 304 and lie about the copy's age). The worker
 * keeps a second copy, refreshed by every 200 it sees and fetched when it installs, and
 * serves it stale-while-revalidate to requests without an ETag: a phone whose database is
 * empty (the first offline visit after only the start page was opened, or storage cleared)
 * still gets a directory. It is marked `x-waymark-copy: cached`, so the page shows its age.
 */
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';

declare const self: ServiceWorkerGlobalScope;

const DIRECTORY_PATH = '/api/directory';
export const CACHED_COPY_HEADER = 'x-waymark-copy';

export function routeDirectory(cacheName: string): void {
	const isDirectory = (url: URL) =>
		url.origin === self.location.origin && url.pathname === DIRECTORY_PATH;
	const key = () => new URL(DIRECTORY_PATH, self.location.origin).href;

	registerRoute(
		({ url, request }) => isDirectory(url) && !request.headers.has('if-none-match'),
		new StaleWhileRevalidate({
			cacheName,
			plugins: [
				new CacheableResponsePlugin({ statuses: [200] }),
				{ cacheKeyWillBeUsed: async () => key() },
				{ cachedResponseWillBeUsed: async ({ cachedResponse }) => markCached(cachedResponse) }
			]
		})
	);
	registerRoute(
		({ url, request }) => isDirectory(url) && request.headers.has('if-none-match'),
		async ({ request }) => {
			const response = await fetch(request);
			if (response.status === 200)
				await (await caches.open(cacheName)).put(key(), response.clone());
			return response;
		}
	);
	self.addEventListener('install', (event) =>
		event.waitUntil(
			fetch(key())
				.then(async (response) => {
					if (response.ok) await (await caches.open(cacheName)).put(key(), response);
				})
				.catch(() => undefined)
		)
	);
}

function markCached(response: Response | undefined): Response | undefined {
	if (!response) return response;
	const headers = new Headers(response.headers);
	headers.set(CACHED_COPY_HEADER, 'cached');
	return new Response(response.body, { status: response.status, headers });
}
