/**
 * The cost rule (DESIGN.md §3.2–3.3). A price is compared per session: a weekly, monthly or
 * course fee is divided by the sessions it buys, estimated from the schedule, and a fee that
 * cannot be spread (no sessions listed) counts whole. So "£12 a month" for a weekly group
 * is about £2.77 a session and is "low"; "£30 a course" with no dates is not.
 */
import type { Cost } from '../directory/model';
import type { CompiledSession } from './schedule';
import type { MaxCost } from './profile';
import { TUNING } from './tuning';

/** 0 free or donation, 1 low, 2 paid above low, 3 not stated. */
export type CostLevel = 0 | 1 | 2 | 3;
export const COST_FREE = 0;
export const COST_LOW = 1;
export const COST_PAID = 2;
export const COST_UNKNOWN = 3;

const WEEKS_PER_MONTH = 52 / 12;

/** The highest level each choice admits; unknown always passes (with a caution). */
export const MAX_COST_LEVEL: Readonly<Record<MaxCost, CostLevel>> = Object.freeze({
	free: COST_FREE,
	low: COST_LOW,
	any: COST_PAID
});

export function costLevel(cost: Cost, sessions: CompiledSession[]): CostLevel {
	switch (cost.kind) {
		case 'free':
		case 'donation':
			return COST_FREE;
		case 'unknown':
			return COST_UNKNOWN;
		case 'paid':
			return perSession(cost.amount, cost.per, sessions) <= TUNING.LOW_COST_MAX_PER_SESSION
				? COST_LOW
				: COST_PAID;
	}
}

export function perSession(
	amount: number,
	per: 'session' | 'week' | 'month' | 'course',
	sessions: CompiledSession[]
): number {
	if (per === 'session') return amount;
	const weekly = sessionsPerWeek(sessions);
	if (per === 'week') return amount / Math.max(1, weekly);
	if (per === 'month') return amount / Math.max(1, weekly * WEEKS_PER_MONTH);
	return amount / Math.max(1, sessionsInCourse(sessions));
}

function sessionsPerWeek(sessions: CompiledSession[]): number {
	let count = 0;
	for (const s of sessions) {
		const days = popcount(s.daysMask);
		if (s.frequency === 'weekly') count += days;
		else if (s.frequency === 'fortnightly') count += days / 2;
		else if (s.frequency === 'monthly') count += days / WEEKS_PER_MONTH;
	}
	return count;
}

/** Sessions between each repeating session's first and last dates, plus one-offs. */
function sessionsInCourse(sessions: CompiledSession[]): number {
	let count = 0;
	for (const s of sessions) {
		if (s.frequency === 'once') count += 1;
		else if (Number.isFinite(s.from) && Number.isFinite(s.until)) {
			const weeks = Math.floor((s.until - s.from) / 7) + 1;
			const perWeek = s.frequency === 'weekly' ? 1 : s.frequency === 'fortnightly' ? 0.5 : 12 / 52;
			count += Math.max(1, Math.floor(weeks * perWeek)) * popcount(s.daysMask);
		}
	}
	return count;
}

function popcount(mask: number): number {
	let count = 0;
	for (let m = mask; m; m &= m - 1) count++;
	return count;
}
