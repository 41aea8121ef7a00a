/** The saved activities that are still listed, in the order saved, and how many are gone. */
import { directory } from '$lib/client/directory.svelte';
import { shortlist } from '$lib/client/shortlist.svelte';
import type { Activity } from '$lib/directory/model';

export function savedActivities(): { activities: Activity[]; missing: number } {
	const byId = directory.current?.byId;
	if (!byId) return { activities: [], missing: 0 };
	const activities = shortlist.ids.flatMap((id) => byId.get(id) ?? []);
	return { activities, missing: shortlist.ids.length - activities.length };
}

export function loadSaved(): Promise<unknown> {
	return Promise.all([directory.load(), shortlist.load()]);
}
