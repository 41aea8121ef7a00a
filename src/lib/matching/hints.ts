/**
 * Thin results: when fewer than three activities both pass the hard rules and fit what the
 * person asked for, say for each relaxable rule how many more fitting ones would pass
 * without it, by re-checking the fitting activities with only that rule loosened, and what
 * they are like (how far the nearest is, what they cost). Activities that fit only at other
 * times are offered too. The ranking itself never relaxes a rule.
 */
import { COST_FREE, COST_LOW, COST_PAID, perSession } from './cost';
import { fitsInterests, fitsTimes } from './fit';
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import { check, emptyVerdict, type RuleSet } from './rules';
import { scheduleFit } from './schedule';
import { TUNING } from './tuning';
import type { RelaxHint } from './types';

export interface Counts {
	/** How many activities fit and pass every rule now. */
	fitting: number;
	/** How many pass every rule and serve what was asked, at other times. */
	atOtherTimes: number;
}

export function relaxHints(
	prepared: readonly PreparedActivity[],
	q: Query,
	counts: Counts
): RelaxHint[] {
	const rules = q.rules;
	const candidates = prepared.filter((p, i) => {
		if (!fitsInterests(p, i, q)) return false;
		const fit = p.sessions.length > 0 ? scheduleFit(p.sessions, q.now, q.availability) : -2;
		return fitsTimes(p, q, fit);
	});
	const scratch = emptyVerdict();
	const added = (loosened: RuleSet) =>
		candidates.filter(
			(p) => check(p, rules, scratch).failed !== 0 && check(p, loosened, scratch).failed === 0
		);
	const hints: RelaxHint[] = [];

	if (rules.origin) {
		const hint = distanceHint(candidates, rules, counts.fitting);
		if (hint) hints.push(hint);
	}
	if (rules.maxCostLevel < COST_PAID) {
		const low = rules.maxCostLevel === COST_FREE ? added({ ...rules, maxCostLevel: COST_LOW }) : [];
		const extra = low.length > 0 ? low : added({ ...rules, maxCostLevel: COST_PAID });
		if (extra.length > 0) {
			const prices = extra.flatMap(pricePerSession);
			hints.push({
				rule: 'cost',
				extra: extra.length,
				value: low.length > 0 ? 'low' : 'any',
				minPounds: prices.length ? Math.min(...prices) : 0,
				maxPounds: prices.length ? Math.max(...prices) : 0
			});
		}
	}
	if (rules.online !== 'include') {
		const extra = added({ ...rules, online: 'include' }).length;
		if (extra > 0) hints.push({ rule: 'online', extra, value: 'include', from: rules.online });
	}
	if (rules.access.length > 0) {
		const extra = added({ ...rules, access: [] }).length;
		if (extra > 0) hints.push({ rule: 'access', extra, value: [...rules.access] });
	}
	if (counts.atOtherTimes > 0) {
		hints.push({ rule: 'times', extra: counts.atOtherTimes, value: 'any' });
	}
	return hints.sort((a, b) => b.extra - a.extra);
}

/** Pounds a session, rounded to pence; none for free or donation activities. */
function pricePerSession(p: PreparedActivity): number[] {
	const cost = p.activity.cost;
	if (cost.kind !== 'paid') return [];
	return [Math.round(perSession(cost.amount, cost.per, p.sessions) * 100) / 100];
}

/** The nearest step on the distance ladder that brings the count to three, or all it can. */
function distanceHint(
	candidates: readonly PreparedActivity[],
	rules: RuleSet,
	fitting: number
): RelaxHint | null {
	const unlimited = { ...rules, maxDistanceKm: Infinity };
	const distances: number[] = [];
	for (const p of candidates) {
		if (check(p, rules).failed === 0) continue;
		const verdict = check(p, unlimited);
		if (verdict.failed === 0 && verdict.distanceKm !== null) distances.push(verdict.distanceKm);
	}
	if (distances.length === 0) return null;
	distances.sort((a, b) => a - b);
	const wanted = Math.min(distances.length, TUNING.THIN_RESULTS - fitting);
	const reach = distances[Math.max(0, wanted - 1)];
	const value =
		TUNING.DISTANCE_STEPS_KM.find((step) => step > rules.maxDistanceKm && step >= reach) ??
		Math.ceil(reach);
	const extra = distances.filter((d) => d <= value).length;
	return { rule: 'distance', extra, value, nearestKm: distances[0] };
}
