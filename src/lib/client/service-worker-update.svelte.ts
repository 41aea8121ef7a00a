/**
 * A new version of the service worker, installed and waiting. The banner shows while one is
 * waiting; only the person's click on "Reload" lets it take over, so a page never reloads
 * under someone in the middle of the questions.
 */
const SKIP_WAITING = 'waymark:skip-waiting'; // as in src/service-worker/update.ts

class ServiceWorkerUpdate {
	waiting = $state.raw<ServiceWorker | null>(null);

	/** Lets the new version take over, then reloads this tab (and only this one). */
	apply(): void {
		const worker = this.waiting;
		if (!worker) return;
		let isReloading = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (isReloading) return;
			isReloading = true;
			location.reload();
		});
		worker.postMessage({ type: SKIP_WAITING });
	}
}

export const serviceWorkerUpdate = new ServiceWorkerUpdate();
