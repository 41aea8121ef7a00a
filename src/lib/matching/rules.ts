/**
 * The hard rules of DESIGN.md §3.3: an activity that breaks one is never returned.
 * Unknown is not "breaks": cost or access not stated passes (and carries a caution).
 * `check` reports the rules broken (skipping the venue rules once another has failed), so
 * thin results can re-check with one rule loosened and say what that would give.
 */
import type { AccessFeature } from '../directory/categories';
import { AUDIENCE_OUT, audienceStatus, type PersonAudience } from './audience';
import { COST_UNKNOWN, MAX_COST_LEVEL, type CostLevel } from './cost';
import {
	distanceKm,
	EARTH_RADIUS_KM,
	flatDistanceKm,
	preparePoint,
	type PreparedPoint
} from './geo';
import type { PreparedActivity, PreparedVenue } from './prepared';
import type { NeedsProfile, OnlineChoice } from './profile';
import { TUNING } from './tuning';

export const RULE_BITS = Object.freeze({
	status: 1,
	age: 2,
	cost: 4,
	distance: 8,
	online: 16,
	access: 32,
	audience: 64
});
export type RuleName = keyof typeof RULE_BITS;

export interface RuleSet {
	age: number | undefined;
	maxCostLevel: CostLevel;
	origin: PreparedPoint | null;
	maxDistanceKm: number;
	online: OnlineChoice;
	access: readonly AccessFeature[];
	/** Who the person said they are (DESIGN.md §3.2a). */
	person: PersonAudience;
}

export interface Verdict {
	/** Bits of RULE_BITS for rules broken; 0 passes. */
	failed: number;
	/** The venue the person would go to: the nearest that meets their access needs. */
	venue: PreparedVenue | null;
	distanceKm: number | null;
	/** Taken part in online: online-only, or offered online too and no venue suits. */
	isViaOnline: boolean;
}

export function ruleSetFor(profile: NeedsProfile, person: PersonAudience): RuleSet {
	return {
		age: profile.age,
		maxCostLevel: MAX_COST_LEVEL[profile.maxCost ?? 'any'],
		origin: profile.origin ? preparePoint(profile.origin) : null,
		maxDistanceKm: profile.maxDistanceKm ?? TUNING.DEFAULT_MAX_DISTANCE_KM,
		online: profile.online ?? 'include',
		access: profile.access ?? [],
		person
	};
}

/**
 * Checks every rule. `out` lets a hot loop reuse one verdict instead of allocating one per
 * activity; the returned verdict is `out` itself.
 */
export function check(p: PreparedActivity, rules: RuleSet, out: Verdict = emptyVerdict()): Verdict {
	let failed = 0;
	if (!p.isActive) failed |= RULE_BITS.status;
	if (rules.age !== undefined && (rules.age < p.minAge || rules.age > p.maxAge)) {
		failed |= RULE_BITS.age;
	}
	if (p.costLevel !== COST_UNKNOWN && p.costLevel > rules.maxCostLevel) failed |= RULE_BITS.cost;
	if (audienceStatus(p.audience, rules.person) === AUDIENCE_OUT) failed |= RULE_BITS.audience;

	if (p.mode === 'online') {
		if (rules.online === 'exclude') failed |= RULE_BITS.online;
		return fill(out, failed, null, null, true);
	}
	if (p.mode === 'area-wide') {
		if (rules.online === 'only') failed |= RULE_BITS.online;
		return fill(out, failed, null, null, false);
	}
	if (rules.online === 'only') {
		if (!p.isOnline) failed |= RULE_BITS.online;
		else return fill(out, failed, null, null, true);
	}
	// Venues are the costly part; an activity already out needs no venue chosen.
	if (failed !== 0) return fill(out, failed, null, null, false);

	let venue = nearestVenue(p.venues, rules, true);
	let inPerson = 0;
	if (!venue) {
		inPerson |= RULE_BITS.access;
		venue = nearestVenue(p.venues, rules, false)!;
	}
	const distance = rules.origin ? lastDistance : null;
	if (distance !== null && distance > rules.maxDistanceKm) inPerson |= RULE_BITS.distance;
	if (inPerson && p.isOnline && rules.online !== 'exclude') {
		return fill(out, failed, null, null, true);
	}
	return fill(out, failed | inPerson, venue, distance, false);
}

export function emptyVerdict(): Verdict {
	return { failed: 0, venue: null, distanceKm: null, isViaOnline: false };
}

function fill(
	out: Verdict,
	failed: number,
	venue: PreparedVenue | null,
	distance: number | null,
	isViaOnline: boolean
): Verdict {
	out.failed = failed;
	out.venue = venue;
	out.distanceKm = distance;
	out.isViaOnline = isViaOnline;
	return out;
}

/** The distance to the venue `nearestVenue` last returned; a variable, not an object, to
 * keep the loop over every activity free of allocation. */
let lastDistance = Infinity;

/**
 * The nearest venue (the first when there is no origin). Venues plainly beyond the limit
 * (by latitude alone, then by a flat-earth estimate) skip the haversine; if all are, the
 * estimate stands in for the distance, which is then beyond the limit either way.
 */
function nearestVenue(
	venues: PreparedVenue[],
	rules: RuleSet,
	mustSuit: boolean
): PreparedVenue | null {
	let best: PreparedVenue | null = null;
	lastDistance = Infinity;
	const origin = rules.origin;
	const reach = rules.maxDistanceKm * 1.01;
	for (const venue of venues) {
		if (mustSuit && !meetsNeeds(venue, rules.access)) continue;
		if (!origin) return venue;
		let d = Math.abs(venue.latRad - origin.latRad) * EARTH_RADIUS_KM;
		if (d <= reach) {
			d = flatDistanceKm(origin, venue);
			if (d <= reach) d = distanceKm(origin, venue);
		}
		if (d < lastDistance) {
			best = venue;
			lastDistance = d;
		}
	}
	return best;
}

/** Only a venue that says it lacks a feature fails; not stated passes. */
export function meetsNeeds(venue: PreparedVenue, needs: readonly AccessFeature[]): boolean {
	for (const need of needs) if (venue.venue.access[need] === false) return false;
	return true;
}
