/**
 * What a ranking returns. Reasons, cautions and hints are codes with parameters, never
 * sentences: a formatter per language makes the words (`src/lib/format/`), so the ranking
 * is the same on every phone whatever language it shows.
 */
import type { Audience } from '../directory/audience';
import type { AccessFeature, CategoryId } from '../directory/categories';
import type {
	Activity,
	ActivityMode,
	CostPeriod,
	Frequency,
	Venue,
	Weekday
} from '../directory/model';
import type { DayPart, MaxCost, OnlineChoice } from './profile';
import type { RuleName } from './rules';

export interface RankOptions {
	/** The moment "now" for schedules (default: the current time). */
	now?: Date;
	/** How many results to return (default TUNING.DEFAULT_LIMIT; Infinity for all). */
	limit?: number;
}

/** A session on a day, for machines and formatters: London wall-clock fields and instants. */
export interface NextSession {
	/** ISO-8601 with London's offset, e.g. "2026-03-31T10:00:00+01:00". */
	start: string;
	end: string;
	/** `YYYY-MM-DD`, London. */
	date: string;
	weekday: Weekday;
	startTime: string;
	endTime: string;
	/** Days from the day asked about (0 today, 1 tomorrow). */
	daysAhead: number;
}

export type Reason =
	/** A category the person chose ("Feeling better in myself — as you chose"). */
	| { code: 'chosen-category'; category: CategoryId }
	/** A category read from the person's words ("Meeting people — you said “lonely”"). */
	| { code: 'word-category'; category: CategoryId; word: string }
	/** A word of theirs in the activity's own name, keywords or summary. */
	| { code: 'mentions'; term: string }
	| { code: 'online' }
	| { code: 'area-wide' }
	| { code: 'distance'; km: number }
	| { code: 'cost'; cost: StatedCost }
	/** A session that runs when the person is free; `parts` are those the session spans. */
	| {
			code: 'when-free';
			weekday: Weekday;
			parts: DayPart[];
			frequency: Frequency;
			/** The date of a one-off session. */
			date?: string;
	  }
	| { code: 'next-session'; session: NextSession }
	| { code: 'access'; feature: AccessFeature }
	| { code: 'language'; language: string };

export type ReasonCode = Reason['code'];

/** A cost a listing states, as a reason gives it: the kind and price, not the group's notes. */
export type StatedCost =
	{ kind: 'free' } | { kind: 'donation' } | { kind: 'paid'; amount: number; per: CostPeriod };

export type Caution =
	| { code: 'cost-unknown' }
	| { code: 'access-unknown' }
	| { code: 'waitlist' }
	| { code: 'full' }
	| { code: 'no-upcoming' }
	| { code: 'not-when-free' }
	| { code: 'stale-listing' };

/** Where a result stands: what the person asked for, at other times, or neither. */
export type FitGroup = 'fits' | 'other-times' | 'other';

export interface RankedActivity {
	id: string;
	activity: Activity;
	/** 0–1, higher is better; never rises down the list. */
	score: number;
	/** The score before grouping and the diversity re-rank. */
	relevance: number;
	reasons: Reason[];
	cautions: Caution[];
	mode: ActivityMode;
	/** Taken part in online (online-only, or a hybrid whose venues do not suit). */
	isViaOnline: boolean;
	venue: Venue | null;
	distanceKm: number | null;
	/** The next session, and when the person gave free times the next one they can go to. */
	nextSession: NextSession | null;
	/** The wanted categories it serves. */
	matchedCategories: CategoryId[];
	/** The directory words in its own text that the person's words matched, best first. */
	matchedWords: string[];
	/** The person's words match it well enough to count (a search "finds" it). */
	isWordMatch: boolean;
	/** Who it is for, when not everyone; `isAudienceMet` when the person said they are. */
	audience: Audience[];
	isAudienceMet: boolean;
	/** It serves what the person asked for (or they asked for nothing) and runs when they are free. */
	fits: boolean;
	group: FitGroup;
}

/**
 * What relaxing one hard rule (or the person's free times) would add: `extra` more
 * activities that fit. The rule itself is never relaxed silently.
 */
export type RelaxHint =
	| {
			rule: 'distance';
			extra: number;
			value: number;
			/** How far the nearest of the extra ones is. */
			nearestKm: number;
	  }
	| {
			rule: 'cost';
			extra: number;
			value: Exclude<MaxCost, 'free'>;
			/** The lowest and highest price a session among the extra ones, in pounds. */
			minPounds: number;
			maxPounds: number;
	  }
	| { rule: 'online'; extra: number; value: Extract<OnlineChoice, 'include'>; from: OnlineChoice }
	| { rule: 'access'; extra: number; value: AccessFeature[] }
	| { rule: 'times'; extra: number; value: 'any' };

export type RelaxRule = Exclude<RuleName, 'status' | 'age' | 'audience'> | 'times';

export interface RankResult {
	results: RankedActivity[];
	/** How many activities passed every hard rule. */
	total: number;
	/** How many of those fit (`RankedActivity.fits`), whatever the limit. */
	fitting: number;
	/** How many serve what the person asked for but only at other times. */
	atOtherTimes: number;
	/** When fewer than three fit: the changes that would add most fitting, biggest first. */
	hints: RelaxHint[];
}
