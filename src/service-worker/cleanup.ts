/** On activation, deletes the caches an older build left behind (see versions.ts). */
import { staleCaches, type CacheNames } from './versions';

declare const self: ServiceWorkerGlobalScope;

export function deleteStaleCachesOnActivate(current: CacheNames): void {
	self.addEventListener('activate', (event) =>
		event.waitUntil(
			caches
				.keys()
				.then((names) =>
					Promise.all(staleCaches(names, current).map((name) => caches.delete(name)))
				)
		)
	);
}
