/**
 * Whether an activity fits what the person asked for: it serves a wanted category (chosen,
 * or read from their words) or matches their own words. When they asked for neither,
 * everything that passes the hard rules fits.
 */
import type { PreparedActivity } from './prepared';
import type { Query } from './query';

export function fits(p: PreparedActivity, index: number, q: Query): boolean {
	if (!q.hasInterests) return true;
	for (const c of p.categories) if (q.wants[c]) return true;
	return q.text.scores !== null && q.text.scores[index] > 0;
}
