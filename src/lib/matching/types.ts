/** What a ranking returns. */
import type { CategoryId } from '../directory/categories';
import type { Activity, ActivityMode, Venue, Weekday } from '../directory/model';
import type { RuleName } from './rules';

export interface RankOptions {
	/** The moment "now" for schedules (default: the current time). */
	now?: Date;
	/** How many results to return (default TUNING.DEFAULT_LIMIT; Infinity for all). */
	limit?: number;
}

/** The next session, for machines: London wall-clock fields and the instant with its offset. */
export interface NextSession {
	/** ISO-8601 with London's offset, e.g. "2026-03-31T10:00:00+01:00". */
	start: string;
	end: string;
	date: string;
	weekday: Weekday;
	startTime: string;
	endTime: string;
	/** "Tuesday 3 March". */
	dateLabel: string;
	/** Relative to the moment asked about: "Tuesday 10:00", "today 18:00", "Tuesday 3 March 10:00". */
	label: string;
}

export interface RankedActivity {
	id: string;
	activity: Activity;
	/** 0–1, higher is better; never rises down the list. */
	score: number;
	/** The score before the diversity re-rank. */
	relevance: number;
	reasons: string[];
	cautions: string[];
	mode: ActivityMode;
	/** Taken part in online (online-only, or a hybrid whose venues do not suit). */
	isViaOnline: boolean;
	venue: Venue | null;
	distanceKm: number | null;
	nextSession: NextSession | null;
	/** The wanted categories it serves. */
	matchedCategories: CategoryId[];
	/** The directory words in its own text that the person's words matched, best first. */
	matchedWords: string[];
	/** It serves a wanted category or matches the person's words; with neither asked, true. */
	fits: boolean;
}

/**
 * What relaxing one hard rule would add: `extra` more fitting activities. The rule itself
 * is never relaxed silently.
 */
export interface RelaxHint {
	rule: Exclude<RuleName, 'status' | 'age'>;
	extra: number;
	value: number | string | string[];
	message: string;
}

export interface RankResult {
	results: RankedActivity[];
	/** How many activities passed every hard rule. */
	total: number;
	/** How many of those fit (`RankedActivity.fits`), whatever the limit. */
	fitting: number;
	/** When fewer than three fit: the rules whose relaxing would add most fitting, biggest first. */
	hints: RelaxHint[];
}
