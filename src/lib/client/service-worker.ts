/**
 * Registers the service worker (built from src/service-worker/) once the page has loaded and
 * settled: installing it fetches the app's code and the journey's pages, which would otherwise
 * compete with the page the person opened (on a slow phone, its first results). The map tile host goes in the worker's address:
 * it comes from `TILE_URL`, known only when the server starts.
 */
import { serviceWorkerUpdate } from './service-worker-update.svelte';

export const SERVICE_WORKER_URL = '/service-worker.js';
/** How long after the load event to wait before installing. */
const SETTLE_MS = 5_000;

/** A quiet moment after SETTLE_MS (Safari has no requestIdleCallback: then just the wait). */
function settled(): Promise<void> {
	return new Promise((resolve) =>
		setTimeout(() => {
			if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 5_000 });
			else resolve();
		}, SETTLE_MS)
	);
}

export function serviceWorkerUrl(tileOrigin: string | null): string {
	return tileOrigin
		? `${SERVICE_WORKER_URL}?tiles=${encodeURIComponent(tileOrigin)}`
		: SERVICE_WORKER_URL;
}

export async function registerServiceWorker(tileOrigin: string | null): Promise<void> {
	if (!('serviceWorker' in navigator)) return;
	// Already installed: register at once, so an update is found early.
	if (!navigator.serviceWorker.controller) await settled();
	const registration = await navigator.serviceWorker.register(serviceWorkerUrl(tileOrigin), {
		scope: '/'
	});
	// A first install has no controller to replace: nothing to announce.
	const offer = (worker: ServiceWorker | null) => {
		if (worker && navigator.serviceWorker.controller) serviceWorkerUpdate.waiting = worker;
	};
	offer(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed') offer(worker);
		});
	});
	// The journey offline in this page's language too, if the worker has not kept it yet.
	navigator.serviceWorker.ready
		.then((ready) => ready.active?.postMessage({ type: 'warm-journey' }))
		.catch(() => undefined);
	// Coming back to the app is a good moment to look for a new version.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
	});
}
