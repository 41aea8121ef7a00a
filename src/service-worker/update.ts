/**
 * A new version waits until the person chooses to reload (the page's "A new version of
 * Waymark is ready" banner sends SKIP_WAITING), so nobody's page changes under them.
 */
declare const self: ServiceWorkerGlobalScope;

export const SKIP_WAITING = 'waymark:skip-waiting';

export function activateWhenAsked(): void {
	self.addEventListener('message', (event) => {
		if ((event.data as { type?: string } | null)?.type === SKIP_WAITING) void self.skipWaiting();
	});
}
