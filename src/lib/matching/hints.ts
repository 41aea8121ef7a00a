/**
 * Thin results: when fewer than three activities both pass the hard rules and fit what the
 * person asked for, say for each relaxable rule how many more fitting ones would pass
 * without it, by re-checking the fitting activities with only that rule loosened. The
 * ranking itself never relaxes a rule.
 */
import { ACCESS_LABELS } from '../directory/categories';
import { COST_FREE, COST_LOW, COST_PAID } from './cost';
import { fits } from './fit';
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import { check, emptyVerdict, type RuleSet } from './rules';
import { TUNING } from './tuning';
import type { RelaxHint } from './types';

/** `fitting`: how many activities fit and pass every rule now. */
export function relaxHints(
	prepared: readonly PreparedActivity[],
	q: Query,
	fitting: number
): RelaxHint[] {
	const rules = q.rules;
	const candidates = prepared.filter((p, i) => fits(p, i, q));
	const scratch = emptyVerdict();
	const extras = (loosened: RuleSet) => {
		let passing = 0;
		for (const p of candidates) if (check(p, loosened, scratch).failed === 0) passing++;
		return passing - fitting;
	};
	const hints: RelaxHint[] = [];

	if (rules.origin) {
		const hint = distanceHint(candidates, rules, fitting);
		if (hint) hints.push(hint);
	}
	if (rules.maxCostLevel < COST_PAID) {
		const low = rules.maxCostLevel === COST_FREE ? extras({ ...rules, maxCostLevel: COST_LOW }) : 0;
		const any = low > 0 ? 0 : extras({ ...rules, maxCostLevel: COST_PAID });
		if (low > 0) {
			hints.push({
				rule: 'cost',
				extra: low,
				value: 'low',
				message: `${low} more at up to £5 a session`
			});
		} else if (any > 0) {
			hints.push({
				rule: 'cost',
				extra: any,
				value: 'any',
				message: `${any} more if you include paid activities`
			});
		}
	}
	if (rules.online !== 'include') {
		const extra = extras({ ...rules, online: 'include' });
		const message = rules.online === 'only' ? `${extra} more in person` : `${extra} more online`;
		if (extra > 0) hints.push({ rule: 'online', extra, value: 'include', message });
	}
	if (rules.access.length > 0) {
		const extra = extras({ ...rules, access: [] });
		const needs = rules.access.map((need) => ACCESS_LABELS[need].toLowerCase()).join(' or ');
		if (extra > 0) {
			hints.push({
				rule: 'access',
				extra,
				value: [...rules.access],
				message: `${extra} more if ${needs} isn't essential`
			});
		}
	}
	return hints.sort((a, b) => b.extra - a.extra);
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
	return { rule: 'distance', extra, value, message: `${extra} more within ${value} km` };
}
