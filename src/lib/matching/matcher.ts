/**
 * The ranking: hard rules first (cheap, per activity, over data prepared once per
 * directory), soft signals over the survivors, then a diversity re-rank of the top.
 */
import type { Activity } from '../directory/model';
import { diversify } from './diversity';
import { explain } from './explain';
import { relaxHints } from './hints';
import { compareRanked, prepareActivity, type PreparedActivity } from './prepared';
import type { NeedsProfile } from './profile';
import { readQuery } from './query';
import { check, type Verdict } from './rules';
import { scoreActivity, type Signals } from './signals';
import { buildTextIndex, type TextIndex } from './text-index';
import { TUNING } from './tuning';
import type { RankOptions, RankResult } from './types';

export interface Matcher {
	readonly size: number;
	rank(profile: NeedsProfile, options?: RankOptions): RankResult;
}

interface Scored {
	prepared: PreparedActivity;
	verdict: Verdict;
	signals: Signals;
	score: number;
	organisationId: string;
	served: number;
}

/** Prepares a directory once (derived data and the word index); rank it many times. */
export function createMatcher(activities: readonly Activity[]): Matcher {
	const prepared = activities.map(prepareActivity);
	const index = buildTextIndex(activities);
	return {
		size: activities.length,
		rank: (profile, options = {}) => rankPrepared(prepared, index, profile, options)
	};
}

const matchers = new WeakMap<readonly Activity[], Matcher>();

/** Convenience: ranks an array, preparing it on first use and remembering it by identity. */
export function rank(
	profile: NeedsProfile,
	activities: readonly Activity[],
	options: RankOptions = {}
): RankResult {
	let matcher = matchers.get(activities);
	if (!matcher) {
		matcher = createMatcher(activities);
		matchers.set(activities, matcher);
	}
	return matcher.rank(profile, options);
}

function rankPrepared(
	prepared: readonly PreparedActivity[],
	index: TextIndex,
	profile: NeedsProfile,
	options: RankOptions
): RankResult {
	const query = readQuery(profile, index, options.now ?? new Date());
	const limit = options.limit ?? TUNING.DEFAULT_LIMIT;
	const scored: Scored[] = [];
	for (let i = 0; i < prepared.length; i++) {
		const p = prepared[i];
		const verdict = check(p, query.rules);
		if (verdict.failed !== 0) continue;
		const signals = scoreActivity(p, i, verdict, query);
		scored.push({
			prepared: p,
			verdict,
			signals,
			score: signals.score,
			organisationId: p.activity.organisation.id,
			served: signals.served
		});
	}
	const wanted = Math.min(scored.length, limit);
	const top = topByScore(scored, Math.max(wanted, TUNING.DIVERSITY_WINDOW * 3));
	const ordered = diversify(top, query.wantCount).slice(0, wanted);
	return {
		results: ordered.map(({ item, score }) =>
			explain(item.prepared, item.verdict, item.signals, query, score)
		),
		total: scored.length,
		hints: scored.length < TUNING.THIN_RESULTS ? relaxHints(prepared, query.rules) : []
	};
}

/** The best `count` in full order, without sorting everything when there are many. */
function topByScore(scored: Scored[], count: number): Scored[] {
	if (scored.length > count * 4) {
		const scores = Float64Array.from(scored, (s) => s.score).sort();
		const cutoff = scores[scores.length - count];
		scored = scored.filter((s) => s.score >= cutoff);
	}
	return scored.sort(compareRanked);
}
