/**
 * Diversity re-rank of the top window, in the spirit of maximal marginal relevance: each
 * place goes to the candidate with the best score after a penalty for every earlier pick
 * from the same organisation and, when several categories are wanted, for every earlier
 * pick serving the same one. Penalties only grow as picks are made, so the adjusted score
 * of each pick is never above the one before: the list stays in score order.
 */
import { TUNING } from './tuning';

export interface Candidate {
	score: number;
	organisationId: string;
	/** The wanted category it serves best, or -1. */
	served: number;
}

/** `ranked` is in relevance order; returns picks in display order with adjusted scores. */
export function diversify<T extends Candidate>(
	ranked: readonly T[],
	wantCount: number,
	window: number = TUNING.DIVERSITY_WINDOW
): { item: T; score: number }[] {
	const pool = ranked.slice(0, Math.min(ranked.length, window * 3));
	const taken = new Array<boolean>(pool.length).fill(false);
	const byOrganisation = new Map<string, number>();
	const byCategory = new Map<number, number>();
	const balanceCategories = wantCount >= 2;
	const out: { item: T; score: number }[] = [];
	let last = 1;
	for (let step = 0; step < Math.min(window, pool.length); step++) {
		let best = -1;
		let bestScore = -Infinity;
		pool.forEach((candidate, i) => {
			if (taken[i]) return;
			let adjusted =
				candidate.score -
				TUNING.ORGANISATION_REPEAT_PENALTY * (byOrganisation.get(candidate.organisationId) ?? 0);
			if (balanceCategories && candidate.served >= 0) {
				adjusted -= TUNING.CATEGORY_REPEAT_PENALTY * (byCategory.get(candidate.served) ?? 0);
			}
			if (adjusted > bestScore) {
				best = i;
				bestScore = adjusted;
			}
		});
		const pick = pool[best];
		taken[best] = true;
		byOrganisation.set(pick.organisationId, (byOrganisation.get(pick.organisationId) ?? 0) + 1);
		byCategory.set(pick.served, (byCategory.get(pick.served) ?? 0) + 1);
		last = Math.min(last, Math.max(0, bestScore));
		out.push({ item: pick, score: last });
	}
	const rest = [...pool.filter((_, i) => !taken[i]), ...ranked.slice(pool.length)];
	for (const item of rest) {
		last = Math.min(last, item.score);
		out.push({ item, score: last });
	}
	return out;
}
