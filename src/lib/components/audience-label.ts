/** Who an activity is for, in a few words for a card: "Women only", "For carers". */
import type { Activity } from '$lib/directory/model';
import { AUDIENCE } from '$lib/i18n/labels';

/** Longer than this, a listing's own words are left to its page. */
const MAX_OWN_WORDS = 60;

/**
 * The terms' labels; for a condition or community, the listing's own words when it has
 * short ones ("Bangladeshi women", "People living with Parkinson's, and their carers"), since
 * they name whom the label can only hint at. Null when it is for everyone.
 */
export function audienceLabel(activity: Pick<Activity, 'audience' | 'eligibility'>): string | null {
	if (activity.audience.length === 0) return null;
	const isNamed = activity.audience.some((a) => a === 'condition' || a === 'community');
	if (isNamed && activity.eligibility && activity.eligibility.length <= MAX_OWN_WORDS) {
		return activity.eligibility;
	}
	return activity.audience.map((a) => AUDIENCE[a]()).join(' · ');
}
