/**
 * The soft signals of DESIGN.md §3.3, each 0–1, and the score they make. A signal the
 * profile says nothing about drops out and the weights of the rest are renormalised.
 * `quickScore` runs for every activity that passes the rules and allocates nothing;
 * `scoreActivity` gives the parts too, for the few that are shown.
 */
import { AUDIENCE_IN, AUDIENCE_MAYBE, audienceStatus } from './audience';
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import type { Verdict } from './rules';
import { viewSchedule, type ScheduleView } from './schedule';
import { TUNING } from './tuning';

export interface Signals {
	/** The wanted category this activity serves best (CATEGORY_IDS index), or -1. */
	served: number;
	schedule: ScheduleView;
	hasSessions: boolean;
	/** A narrower group the person did not say they belong to. */
	isAudienceMaybe: boolean;
	score: number;
}

const W = TUNING.WEIGHTS;
const COST_SCORE = [
	TUNING.COST_SCORES.free,
	TUNING.COST_SCORES.low,
	TUNING.COST_SCORES.paid,
	TUNING.COST_SCORES.unknown
];

/** `fit` is the activity's `scheduleFit(...)`, or -2 when it lists no sessions. */
export function quickScore(
	p: PreparedActivity,
	index: number,
	verdict: Verdict,
	q: Query,
	fit: number
): number {
	let sum = W.cost * COST_SCORE[p.costLevel] + W.recency * reviewScore(p.reviewedDay, q.now.day);
	let total = W.schedule + W.cost + W.recency;
	sum += W.schedule * (fit === -2 ? TUNING.UNKNOWN_SCHEDULE_SCORE : Math.max(0, fit));
	if (q.wantCount > 0) {
		sum += W.category * categoryFit(p, q);
		total += W.category;
	}
	if (q.text.scores) {
		const weight = q.profile.categories.length > 0 ? W.text : TUNING.TEXT_ONLY_WEIGHT;
		sum += weight * Math.min(1, q.text.scores[index]);
		total += weight;
	}
	if (q.rules.origin) {
		sum += W.distance * distanceScore(verdict);
		total += W.distance;
	}
	if (q.rules.access.length > 0) {
		sum += W.access * accessScore(verdict, q);
		total += W.access;
	}
	if (q.languages.length > 0) {
		sum += W.language * (hasLanguage(p, q) ? 1 : 0);
		total += W.language;
	}
	const audience = audienceStatus(p.audience, q.rules.person);
	if (q.rules.person.inside !== 0) {
		const isForEveryone = p.activity.audience.length === 0;
		sum += W.audience * (audience !== AUDIENCE_IN ? 0 : isForEveryone ? 0.5 : 1);
		total += W.audience;
	}
	let factor = TUNING.CAPACITY_FACTOR[p.activity.capacity];
	if (fit === -1) factor *= TUNING.NO_UPCOMING_FACTOR;
	if (audience === AUDIENCE_MAYBE) factor *= TUNING.AUDIENCE_MAYBE_FACTOR;
	return Math.max(0, Math.min(1, (sum / total) * factor));
}

export function scoreActivity(
	p: PreparedActivity,
	index: number,
	verdict: Verdict,
	q: Query,
	fit: number
): Signals {
	let served = -1;
	for (const c of p.categories) {
		if (q.wants[c] && (served < 0 || q.wants[c].weight > q.wants[served]!.weight)) served = c;
	}
	return {
		served,
		schedule: viewSchedule(p.sessions, q.now, q.availability),
		hasSessions: p.sessions.length > 0,
		isAudienceMaybe: audienceStatus(p.audience, q.rules.person) === AUDIENCE_MAYBE,
		score: quickScore(p, index, verdict, q, fit)
	};
}

/** The best wanted category's weight, plus a little for each further one it covers. */
function categoryFit(p: PreparedActivity, q: Query): number {
	let best = 0;
	let matched = 0;
	for (const c of p.categories) {
		const want = q.wants[c];
		if (!want) continue;
		matched++;
		if (want.weight > best) best = want.weight;
	}
	return matched === 0 ? 0 : Math.min(1, best + (matched - 1) * TUNING.EXTRA_CATEGORY_BONUS);
}

function distanceScore(verdict: Verdict): number {
	if (verdict.distanceKm !== null) {
		return Math.pow(0.5, verdict.distanceKm / TUNING.DISTANCE_HALF_LIFE_KM);
	}
	return verdict.isViaOnline ? TUNING.ONLINE_DISTANCE_SCORE : TUNING.AREA_WIDE_DISTANCE_SCORE;
}

/** 1 when the venue says it has all the person needs; 0.5 when it does not say. */
function accessScore(verdict: Verdict, q: Query): number {
	const access = verdict.venue?.venue.access;
	if (!access) return 0.5;
	for (const need of q.rules.access) if (access[need] !== true) return 0.5;
	return 1;
}

function hasLanguage(p: PreparedActivity, q: Query): boolean {
	for (const code of q.languages) if (p.activity.languages.includes(code)) return true;
	return false;
}

/** 1 when reviewed lately, falling to 0 for a listing two years old or never reviewed. */
export function reviewScore(reviewedDay: number | null, today: number): number {
	if (reviewedDay === null) return 0;
	const age = today - reviewedDay;
	if (age <= TUNING.FRESH_REVIEW_DAYS) return 1;
	if (age >= TUNING.STALE_REVIEW_DAYS) return 0;
	return (
		1 - (age - TUNING.FRESH_REVIEW_DAYS) / (TUNING.STALE_REVIEW_DAYS - TUNING.FRESH_REVIEW_DAYS)
	);
}
