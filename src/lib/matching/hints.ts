/**
 * Thin results: when the hard rules leave fewer than three, say for each relaxable rule how
 * many more activities would pass without it, by re-checking every activity with only that
 * rule loosened. The ranking itself never relaxes a rule.
 */
import { ACCESS_LABELS } from '../directory/categories';
import { COST_FREE, COST_LOW, COST_PAID } from './cost';
import type { PreparedActivity } from './prepared';
import { check, type RuleSet } from './rules';
import { TUNING } from './tuning';
import type { RelaxHint } from './types';

export function relaxHints(prepared: readonly PreparedActivity[], rules: RuleSet): RelaxHint[] {
	const passing = prepared.filter((p) => check(p, rules).failed === 0).length;
	const extras = (loosened: RuleSet) =>
		prepared.filter((p) => check(p, loosened).failed === 0).length - passing;
	const hints: RelaxHint[] = [];

	if (rules.origin) {
		const hint = distanceHint(prepared, rules, passing);
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

/** The nearest step on the distance ladder that brings the total to three, or all it can. */
function distanceHint(
	prepared: readonly PreparedActivity[],
	rules: RuleSet,
	passing: number
): RelaxHint | null {
	const unlimited = { ...rules, maxDistanceKm: Infinity };
	const distances: number[] = [];
	for (const p of prepared) {
		if (check(p, rules).failed === 0) continue;
		const verdict = check(p, unlimited);
		if (verdict.failed === 0 && verdict.distanceKm !== null) distances.push(verdict.distanceKm);
	}
	if (distances.length === 0) return null;
	distances.sort((a, b) => a - b);
	const wanted = Math.min(distances.length, TUNING.THIN_RESULTS - passing);
	const reach = distances[Math.max(0, wanted - 1)];
	const value =
		TUNING.DISTANCE_STEPS_KM.find((step) => step > rules.maxDistanceKm && step >= reach) ??
		Math.ceil(reach);
	const extra = distances.filter((d) => d <= value).length;
	return { rule: 'distance', extra, value, message: `${extra} more within ${value} km` };
}
