/**
 * Whether an activity fits what the person asked for (DESIGN.md §3.3): it serves a wanted
 * category (chosen, or read from their words) or matches their own words well enough, and it
 * runs when they said they are free. With no interests given, every activity serves them; with
 * no free times given, or a listing that gives no times, any time will do.
 */
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import type { FitGroup } from './types';
import { TUNING } from './tuning';

export function fitsInterests(p: PreparedActivity, index: number, q: Query): boolean {
	if (!q.hasInterests) return true;
	for (const c of p.categories) if (q.wants[c]) return true;
	return q.text.scores !== null && q.text.scores[index] >= TUNING.TEXT_FIT_MIN;
}

/** `scheduleFit` is the activity's `scheduleFit(...)` for this query. */
export function fitsTimes(p: PreparedActivity, q: Query, scheduleFit: number): boolean {
	return q.availability === 0 || p.sessions.length === 0 || scheduleFit > 0;
}

export function fitGroup(isInterest: boolean, isTime: boolean): FitGroup {
	return !isInterest ? 'other' : isTime ? 'fits' : 'other-times';
}

/** Groups in the order they are shown. */
export const GROUP_ORDER: Readonly<Record<FitGroup, number>> = Object.freeze({
	fits: 0,
	'other-times': 1,
	other: 2
});
