/**
 * Asks the browser to keep Waymark's data (answers, shortlist, requests waiting to be sent)
 * when the device runs short of space. Asked only after a person saves something or sends a
 * request, when there is something worth keeping.
 *
 * Safari is the reason this matters: for a site that has not been added to the home screen,
 * Safari deletes everything the site stored (IndexedDB, caches, the service worker) after 7
 * days in which the person did not use it. Added to the home screen, Waymark is an app of its
 * own and its data is kept. Chromium and Firefox delete a site's data only when the device
 * runs out of space, and not at all once persistence is granted.
 */
export async function askForPersistentStorage(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}
