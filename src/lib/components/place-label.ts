/** How far, or how, an activity is reached, in words for a card. */
import type { Activity } from '$lib/directory/model';
import { activityMode } from '$lib/directory/model';
import { distance, type TextOptions } from '$lib/format/results';
import { haversineKm } from '$lib/matching/geo';
import * as m from '$lib/paraglide/messages';

export function placeLabel(
	activity: Activity,
	distanceKm: number | null,
	origin?: { lat: number; lng: number },
	options: TextOptions = {}
): string {
	const mode = activityMode(activity);
	if (mode === 'online') return m.results_online();
	if (mode === 'area-wide') return m.results_area_wide();
	let km = distanceKm;
	if (km === null && origin) {
		km = Math.min(...activity.venues.map((v) => haversineKm(origin, v)));
	}
	if (km === null) return activity.venues[0].name;
	return distance(km, options, true);
}
