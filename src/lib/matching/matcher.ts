/**
 * The ranking: hard rules first (cheap, per activity, over data prepared once per
 * directory), soft signals over the survivors, then the results in their groups (those that
 * fit, those that fit at other times, the rest), each group in score order with a diversity
 * re-rank of its top.
 */
import type { Activity } from '../directory/model';
import { diversify } from './diversity';
import { explain } from './explain';
import { fitGroup, fitsInterests, fitsTimes, GROUP_ORDER } from './fit';
import { relaxHints } from './hints';
import { compareRanked, prepareActivity, type PreparedActivity } from './prepared';
import type { NeedsProfile } from './profile';
import { readQuery } from './query';
import { check, emptyVerdict, type Verdict } from './rules';
import { scheduleFit } from './schedule';
import { quickScore, scoreActivity, type Signals } from './signals';
import { buildTextIndex, type TextIndex } from './text-index';
import { TUNING } from './tuning';
import type { FitGroup, RankOptions, RankResult } from './types';

export interface Matcher {
	readonly size: number;
	rank(profile: NeedsProfile, options?: RankOptions): RankResult;
}

interface Scored {
	index: number;
	prepared: PreparedActivity;
	verdict: Verdict;
	signals: Signals;
	group: FitGroup;
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

/** A group's place in the sort key: each group sorts wholly above the next. */
const GROUP_KEY = [2, 1, 0];

function rankPrepared(
	prepared: readonly PreparedActivity[],
	index: TextIndex,
	profile: NeedsProfile,
	options: RankOptions
): RankResult {
	const query = readQuery(profile, index, options.now ?? new Date());
	const limit = options.limit ?? TUNING.DEFAULT_LIMIT;
	// Every activity: the rules, then a sort key (group, then score) that allocates nothing.
	const survivors = new Int32Array(prepared.length);
	const keys = new Float64Array(prepared.length);
	const scratch = emptyVerdict();
	let total = 0;
	let fitting = 0;
	let atOtherTimes = 0;
	for (let i = 0; i < prepared.length; i++) {
		const p = prepared[i];
		if (check(p, query.rules, scratch).failed !== 0) continue;
		const fit = p.sessions.length > 0 ? scheduleFit(p.sessions, query.now, query.availability) : -2;
		const group = fitGroup(fitsInterests(p, i, query), fitsTimes(p, query, fit));
		if (group === 'fits') fitting++;
		else if (group === 'other-times') atOtherTimes++;
		survivors[total] = i;
		keys[total] = GROUP_KEY[GROUP_ORDER[group]] + quickScore(p, i, scratch, query, fit);
		total++;
	}
	// The best few: their full signals, the diversity re-rank in each group, and the words.
	const wanted = Math.min(total, limit);
	const pool = topIndexes(survivors, keys, total, Math.max(wanted, TUNING.DIVERSITY_WINDOW * 3));
	const ranked = pool.map((i): Scored => {
		const p = prepared[i];
		const verdict = check(p, query.rules);
		const fit = p.sessions.length > 0 ? scheduleFit(p.sessions, query.now, query.availability) : -2;
		const signals = scoreActivity(p, i, verdict, query, fit);
		return {
			index: i,
			prepared: p,
			verdict,
			signals,
			group: fitGroup(fitsInterests(p, i, query), fitsTimes(p, query, fit)),
			score: signals.score,
			organisationId: p.activity.organisation.id,
			served: signals.served
		};
	});
	let last = 1;
	const ordered = (['fits', 'other-times', 'other'] as const)
		.flatMap((group) =>
			diversify(ranked.filter((r) => r.group === group).sort(compareRanked), query.wantCount)
		)
		.slice(0, wanted)
		.map(({ item, score }) => {
			last = Math.min(last, score);
			return { item, score: last };
		});
	return {
		results: ordered.map(({ item, score }) =>
			explain(item.prepared, item.verdict, item.signals, query, {
				index: item.index,
				score,
				fits: item.group === 'fits',
				group: item.group
			})
		),
		total,
		fitting,
		atOtherTimes,
		hints:
			fitting < TUNING.THIN_RESULTS ? relaxHints(prepared, query, { fitting, atOtherTimes }) : []
	};
}

/** Indexes of the best `count` keys (and any tied with the last), without a full sort. */
function topIndexes(
	survivors: Int32Array,
	keys: Float64Array,
	total: number,
	count: number
): number[] {
	let cutoff = -Infinity;
	if (total > count) {
		const sorted = keys.slice(0, total).sort();
		cutoff = sorted[total - count];
	}
	const out: number[] = [];
	for (let k = 0; k < total; k++) if (keys[k] >= cutoff) out.push(survivors[k]);
	return out;
}
