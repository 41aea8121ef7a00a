/**
 * The hard rules of DESIGN.md §3.3: an activity that breaks one is never returned.
 * Unknown is not "breaks": cost or access not stated passes (and carries a caution).
 * `check` reports every rule broken, so thin results can say what relaxing one would give.
 */
import type { AccessFeature } from '../directory/categories';
import { COST_UNKNOWN, MAX_COST_LEVEL, type CostLevel } from './cost';
import { distanceKm, flatDistanceKm, preparePoint, type PreparedPoint } from './geo';
import type { PreparedActivity, PreparedVenue } from './prepared';
import type { NeedsProfile, OnlineChoice } from './profile';
import { TUNING } from './tuning';

export const RULE_BITS = Object.freeze({
	status: 1,
	age: 2,
	cost: 4,
	distance: 8,
	online: 16,
	access: 32
});
export type RuleName = keyof typeof RULE_BITS;

export interface RuleSet {
	age: number | undefined;
	maxCostLevel: CostLevel;
	origin: PreparedPoint | null;
	maxDistanceKm: number;
	online: OnlineChoice;
	access: readonly AccessFeature[];
}

export interface Verdict {
	/** Bits of RULE_BITS for each rule broken; 0 passes. */
	failed: number;
	/** The venue the person would go to: the nearest that meets their access needs. */
	venue: PreparedVenue | null;
	distanceKm: number | null;
	/** Taken part in online: online-only, or offered online too and no venue suits. */
	isViaOnline: boolean;
}

export function ruleSetFor(profile: NeedsProfile): RuleSet {
	return {
		age: profile.age,
		maxCostLevel: MAX_COST_LEVEL[profile.maxCost ?? 'any'],
		origin: profile.origin ? preparePoint(profile.origin) : null,
		maxDistanceKm: profile.maxDistanceKm ?? TUNING.DEFAULT_MAX_DISTANCE_KM,
		online: profile.online ?? 'include',
		access: profile.access ?? []
	};
}

export function check(p: PreparedActivity, rules: RuleSet): Verdict {
	let failed = 0;
	if (!p.isActive) failed |= RULE_BITS.status;
	if (rules.age !== undefined && (rules.age < p.minAge || rules.age > p.maxAge)) {
		failed |= RULE_BITS.age;
	}
	if (p.costLevel !== COST_UNKNOWN && p.costLevel > rules.maxCostLevel) failed |= RULE_BITS.cost;

	if (p.mode === 'online') {
		if (rules.online === 'exclude') failed |= RULE_BITS.online;
		return { failed, venue: null, distanceKm: null, isViaOnline: true };
	}
	if (p.mode === 'area-wide') {
		if (rules.online === 'only') failed |= RULE_BITS.online;
		return { failed, venue: null, distanceKm: null, isViaOnline: false };
	}
	if (rules.online === 'only') {
		if (!p.isOnline) failed |= RULE_BITS.online;
		else return { failed, venue: null, distanceKm: null, isViaOnline: true };
	}

	const suitable = nearestVenue(p.venues, rules, true);
	const chosen = suitable ?? nearestVenue(p.venues, rules, false)!;
	let inPerson = 0;
	if (!suitable) inPerson |= RULE_BITS.access;
	if (chosen.distanceKm !== null && chosen.distanceKm > rules.maxDistanceKm) {
		inPerson |= RULE_BITS.distance;
	}
	if (inPerson && p.isOnline && rules.online !== 'exclude') {
		return { failed, venue: null, distanceKm: null, isViaOnline: true };
	}
	return {
		failed: failed | inPerson,
		venue: chosen.venue,
		distanceKm: chosen.distanceKm,
		isViaOnline: false
	};
}

/**
 * The nearest venue (the first when there is no origin). Venues clearly beyond the limit
 * by a quick flat-earth estimate skip the haversine; if all are, the estimate is returned.
 */
function nearestVenue(
	venues: PreparedVenue[],
	rules: RuleSet,
	mustSuit: boolean
): { venue: PreparedVenue; distanceKm: number | null } | null {
	let best: PreparedVenue | null = null;
	let bestDistance = Infinity;
	for (const venue of venues) {
		if (mustSuit && !meetsNeeds(venue, rules.access)) continue;
		if (!rules.origin) return { venue, distanceKm: null };
		const estimate = flatDistanceKm(rules.origin, venue);
		const d = estimate > rules.maxDistanceKm * 1.01 ? estimate : distanceKm(rules.origin, venue);
		if (d < bestDistance) {
			best = venue;
			bestDistance = d;
		}
	}
	return best && { venue: best, distanceKm: bestDistance };
}

/** Only a venue that says it lacks a feature fails; not stated passes. */
export function meetsNeeds(venue: PreparedVenue, needs: readonly AccessFeature[]): boolean {
	for (const need of needs) if (venue.venue.access[need] === false) return false;
	return true;
}
