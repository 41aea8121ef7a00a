/** What the build gives the service worker: Kit's build version and Workbox's precache list. */
declare module '$service-worker' {
	export const version: string;
}

interface ServiceWorkerGlobalScope {
	__WB_MANIFEST: Array<import('workbox-precaching').PrecacheEntry | string>;
}
