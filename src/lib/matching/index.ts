/**
 * Waymark's one ranking module (DESIGN.md §3.2–3.3): pure TypeScript, used by the app,
 * the `match` CLI and the benchmarks.
 */
export { createMatcher, rank, type Matcher } from './matcher';
export {
	parseProfile,
	NeedsProfileSchema,
	DAY_PARTS,
	MAX_COSTS,
	ONLINE_CHOICES,
	SINGLE_SEX_CHOICES,
	type NeedsProfile,
	type SingleSexChoice,
	type DayPart,
	type MaxCost,
	type OnlineChoice
} from './profile';
export type {
	Caution,
	FitGroup,
	NextSession,
	RankOptions,
	RankResult,
	RankedActivity,
	Reason,
	RelaxHint
} from './types';
export { upcomingSessions, type UpcomingOptions } from './upcoming';
export { readSearch, searchProfile, type SearchQuery } from './search-query';
export type { SearchFilter } from './search-words';
export { isListingStale } from './listing-age';
export { TUNING } from './tuning';
export { haversineKm } from './geo';
