/**
 * The ranking: hard rules first (cheap, per activity, over data prepared once per
 * directory), soft signals over the survivors, then a diversity re-rank of the top.
 */
import type { Activity } from '../directory/model';
import { diversify } from './diversity';
import { explain } from './explain';
import { fits } from './fit';
import { relaxHints } from './hints';
import { compareRanked, prepareActivity, type PreparedActivity } from './prepared';
import type { NeedsProfile } from './profile';
import { readQuery } from './query';
import { check, emptyVerdict, type Verdict } from './rules';
import { quickScore, scoreActivity, type Signals } from './signals';
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
	fits: boolean;
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

/**
 * Convenience: ranks an array, preparing it on first use and remembering it by identity,
 * so a new directory version must be a new array (the app's snapshot sync makes one).
 */
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
	// Every activity: the rules, then a score that allocates nothing.
	const survivors = new Int32Array(prepared.length);
	const scores = new Float64Array(prepared.length);
	const scratch = emptyVerdict();
	let total = 0;
	let fitting = 0;
	for (let i = 0; i < prepared.length; i++) {
		if (check(prepared[i], query.rules, scratch).failed !== 0) continue;
		survivors[total] = i;
		scores[total] = quickScore(prepared[i], i, scratch, query);
		total++;
		if (fits(prepared[i], i, query)) fitting++;
	}
	// The best few: their full signals, the diversity re-rank and the words.
	const wanted = Math.min(total, limit);
	const pool = topIndexes(survivors, scores, total, Math.max(wanted, TUNING.DIVERSITY_WINDOW * 3));
	const ranked = pool
		.map((i): Scored => {
			const p = prepared[i];
			const verdict = check(p, query.rules);
			const signals = scoreActivity(p, i, verdict, query);
			return {
				prepared: p,
				verdict,
				signals,
				fits: fits(p, i, query),
				score: signals.score,
				organisationId: p.activity.organisation.id,
				served: signals.served
			};
		})
		.sort(compareRanked);
	const ordered = diversify(ranked, query.wantCount).slice(0, wanted);
	return {
		results: ordered.map(({ item, score }) =>
			explain(item.prepared, item.verdict, item.signals, query, score, item.fits)
		),
		total,
		fitting,
		hints: fitting < TUNING.THIN_RESULTS ? relaxHints(prepared, query, fitting) : []
	};
}

/** Indexes of the best `count` scores (and any tied with the last), without a full sort. */
function topIndexes(
	survivors: Int32Array,
	scores: Float64Array,
	total: number,
	count: number
): number[] {
	let cutoff = -Infinity;
	if (total > count) {
		const sorted = scores.slice(0, total).sort();
		cutoff = sorted[total - count];
	}
	const out: number[] = [];
	for (let k = 0; k < total; k++) if (scores[k] >= cutoff) out.push(survivors[k]);
	return out;
}
