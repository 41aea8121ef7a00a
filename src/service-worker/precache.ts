/**
 * The app's code, styles, icons and manifest, precached at install with their revisions (the
 * list is injected at build time; see vite.config.ts for what is left out of it).
 */
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope;

export function routePrecache(): void {
	precacheAndRoute(self.__WB_MANIFEST);
	cleanupOutdatedCaches();
}
