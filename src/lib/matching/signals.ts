/**
 * The soft signals of DESIGN.md §3.3, each 0–1, and the score they make. A signal the
 * profile says nothing about drops out and the weights of the rest are renormalised.
 */
import { COST_FREE, COST_LOW, COST_PAID } from './cost';
import type { PreparedActivity } from './prepared';
import type { Query } from './query';
import type { Verdict } from './rules';
import { viewSchedule, type ScheduleView } from './schedule';
import { TUNING } from './tuning';

export interface Signals {
	category: number;
	/** The wanted category this activity serves best (CATEGORY_IDS index), or -1. */
	served: number;
	text: number;
	distance: number;
	schedule: ScheduleView;
	hasSessions: boolean;
	cost: number;
	recency: number;
	hasLanguage: boolean;
	/** Capacity and "no upcoming dates" sink an activity by multiplying its score. */
	factor: number;
	score: number;
}

const W = TUNING.WEIGHTS;
const COST_SCORE = [TUNING.COST_SCORES.free, TUNING.COST_SCORES.low, TUNING.COST_SCORES.paid];

export function scoreActivity(
	p: PreparedActivity,
	index: number,
	verdict: Verdict,
	q: Query
): Signals {
	let category = 0;
	let served = -1;
	let extra = 0;
	for (const c of p.categories) {
		const want = q.wants[c];
		if (!want) continue;
		if (want.weight > category) {
			if (served >= 0) extra++;
			category = want.weight;
			served = c;
		} else extra++;
	}
	category = Math.min(1, category + extra * TUNING.EXTRA_CATEGORY_BONUS);
	const text = q.text.scores ? Math.min(1, q.text.scores[index]) : 0;

	const distance =
		verdict.distanceKm !== null
			? Math.pow(0.5, verdict.distanceKm / TUNING.DISTANCE_HALF_LIFE_KM)
			: verdict.isViaOnline
				? TUNING.ONLINE_DISTANCE_SCORE
				: TUNING.AREA_WIDE_DISTANCE_SCORE;

	const schedule = viewSchedule(p.sessions, q.now, q.availability);
	const hasSessions = p.sessions.length > 0;
	const scheduleScore = hasSessions ? schedule.fit : TUNING.UNKNOWN_SCHEDULE_SCORE;

	const cost =
		p.costLevel === COST_FREE || p.costLevel === COST_LOW || p.costLevel === COST_PAID
			? COST_SCORE[p.costLevel]
			: TUNING.COST_SCORES.unknown;

	const recency = reviewScore(p.reviewedDay, q.now.day);
	const hasLanguage = q.languages.some((code) => p.activity.languages.includes(code));

	let sum = W.schedule * scheduleScore + W.cost * cost + W.recency * recency;
	let total = W.schedule + W.cost + W.recency;
	if (q.wantCount > 0) {
		sum += W.category * category;
		total += W.category;
	}
	if (q.text.scores) {
		sum += W.text * text;
		total += W.text;
	}
	if (q.rules.origin) {
		sum += W.distance * distance;
		total += W.distance;
	}
	if (q.languages.length > 0) {
		sum += W.language * (hasLanguage ? 1 : 0);
		total += W.language;
	}
	const factor =
		TUNING.CAPACITY_FACTOR[p.activity.capacity] *
		(hasSessions && !schedule.next ? TUNING.NO_UPCOMING_FACTOR : 1);
	const score = Math.max(0, Math.min(1, (sum / total) * factor));
	return {
		category,
		served,
		text,
		distance,
		schedule,
		hasSessions,
		cost,
		recency,
		hasLanguage,
		factor,
		score
	};
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
