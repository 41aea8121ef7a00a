/**
 * Waymark's one ranking module (DESIGN.md §3.2–3.3): pure TypeScript, used by the app,
 * the `match` CLI and the benchmarks.
 */
export { createMatcher, rank, type Matcher } from './matcher';
export {
	parseProfile,
	describeProfileErrors,
	NeedsProfileSchema,
	DAY_PARTS,
	MAX_COSTS,
	ONLINE_CHOICES,
	type NeedsProfile,
	type DayPart,
	type MaxCost,
	type OnlineChoice
} from './profile';
export type { RankOptions, RankResult, RankedActivity, RelaxHint, NextSession } from './types';
export { upcomingSessions, type UpcomingOptions } from './upcoming';
export { isListingStale } from './listing-age';
export { TUNING } from './tuning';
export { haversineKm } from './geo';
