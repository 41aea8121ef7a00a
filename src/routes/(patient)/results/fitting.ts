/**
 * Which ranked results fit what the person chose, and a wider search when few do. The
 * ranking's own hints speak only of hard rules: with 140 activities within reach but two in
 * the chosen categories, it says nothing, so the distance step is looked for here too.
 */
import {
	TUNING,
	type Matcher,
	type NeedsProfile,
	type RankResult,
	type RelaxHint
} from '$lib/matching';

/** Serves a chosen category, or mentions the person's words. */
export function fits(result: RankResult['results'][number]): boolean {
	return (
		result.matchedCategories.length > 0 || result.reasons.some((r) => r.startsWith('Mentions'))
	);
}

export function countFitting(result: RankResult, hasInterests: boolean): number {
	return hasInterests ? result.results.filter(fits).length : result.total;
}

/** The nearest wider distance that brings more fitting activities, as a ranking hint. */
export function widerDistanceHint(
	matcher: Matcher,
	profile: NeedsProfile,
	fitting: number
): RelaxHint | null {
	if (!profile.origin || profile.online === 'only' || fitting >= TUNING.THIN_RESULTS) return null;
	const current = profile.maxDistanceKm ?? TUNING.DEFAULT_MAX_DISTANCE_KM;
	for (const km of TUNING.DISTANCE_STEPS_KM.filter((step) => step > current && step <= 20)) {
		const wider = matcher.rank({ ...profile, maxDistanceKm: km }, { limit: Infinity });
		const extra = wider.results.filter(fits).length - fitting;
		if (extra > 0) {
			return { rule: 'distance', extra, value: km, message: `${extra} more within ${km} km` };
		}
	}
	return null;
}
