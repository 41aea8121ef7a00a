/**
 * A person's answers as the questionnaire keeps them on the device. Richer than a
 * NeedsProfile (it remembers how a place was given, and which steps were skipped), so the
 * pages can show answers back; `toProfile` turns them into what the ranking reads.
 */
import type { AccessFeature, CategoryId } from '../directory/categories';
import { WEEKDAYS, type Weekday } from '../directory/model';
import type { DayPart, MaxCost, OnlineChoice, SingleSexChoice } from '../matching/profile';

/**
 * The same lists as the ranking module's, kept here so question pages do not load its
 * validation schemas (the type check keeps them in step).
 */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const satisfies readonly DayPart[];
export const MAX_COSTS = ['free', 'low', 'any'] as const satisfies readonly MaxCost[];

export const FEELINGS = ['good', 'okay', 'low', 'struggling', 'crisis'] as const;

/**
 * Free times as people say them; any combination. "Let me choose" is a grid of days and
 * parts of the day kept beside them (`customTimes`).
 */
export const TIME_PRESETS = ['weekday-daytimes', 'weekday-evenings', 'weekends'] as const;
export type TimePreset = (typeof TIME_PRESETS)[number];
export interface Slot {
	day: Weekday;
	part: DayPart;
}

export const DISTANCE_UNITS = ['km', 'miles'] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];
export type Feeling = (typeof FEELINGS)[number];

/** Where the person starts from. The full postcode never leaves the device. */
export type Place =
	| { kind: 'postcode'; postcode: string; district: string; lat: number; lng: number }
	| { kind: 'device'; lat: number; lng: number }
	| { kind: 'neighbourhood'; name: string; lat: number; lng: number }
	| { kind: 'shared'; lat: number; lng: number };

export interface Answers {
	feeling?: Feeling;
	/** Most important first. */
	categories: CategoryId[];
	text?: string;
	place?: Place;
	distanceKm?: number;
	online?: OnlineChoice;
	/** Free times as chosen; with no `customTimes` either, any time. */
	times: TimePreset[];
	/** "Let me choose": the days and parts ticked, or null when not choosing. */
	customTimes: Slot[] | null;
	cost?: MaxCost;
	access: AccessFeature[];
	age?: number;
	/** What the person chose to say about themselves; absent is not said. */
	carer?: boolean;
	youngChildren?: boolean;
	singleSexGroups?: SingleSexChoice;
	/** How distances are shown; km unless they chose miles. */
	units?: DistanceUnit;
	/** Steps seen (answered or skipped), so "Continue where you left off" knows where to go. */
	seen: string[];
}

export function emptyAnswers(): Answers {
	return { categories: [], times: [], customTimes: null, access: [], seen: [] };
}

/** Accepts anything read back from storage, keeping only what still has the right shape. */
export function reviveAnswers(stored: unknown): Answers {
	const base = emptyAnswers();
	if (!stored || typeof stored !== 'object') return base;
	const s = stored as Partial<Answers> & LegacyTimes;
	const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? [...value] : []);
	const { days, parts, ...rest } = s;
	const legacy = legacySlots(list(days), list(parts));
	return {
		...base,
		...rest,
		categories: list(s.categories),
		times: list(s.times).filter((t) => (TIME_PRESETS as readonly string[]).includes(t)),
		customTimes: Array.isArray(s.customTimes) ? [...s.customTimes] : legacy,
		access: list(s.access),
		seen: list(s.seen)
	};
}

/** Moves one chosen category a place up the order of importance. */
export function moveUp(categories: readonly CategoryId[], id: CategoryId): CategoryId[] {
	const at = categories.indexOf(id);
	if (at <= 0) return [...categories];
	const next = [...categories];
	[next[at - 1], next[at]] = [next[at], next[at - 1]];
	return next;
}

/** Ticking adds to the end (least important so far); unticking removes. */
export function toggleCategory(
	categories: readonly CategoryId[],
	id: CategoryId,
	on: boolean
): CategoryId[] {
	const without = categories.filter((c) => c !== id);
	return on ? [...without, id] : without;
}

/** Answers kept before free times were said naturally: days × parts of the day. */
interface LegacyTimes {
	days?: Weekday[];
	parts?: DayPart[];
}

function legacySlots(days: Weekday[], parts: DayPart[]): Slot[] | null {
	if (days.length === 0 && parts.length === 0) return null;
	const someDays = days.length > 0 ? days : WEEKDAYS;
	const someParts = parts.length > 0 ? parts : DAY_PARTS;
	return someDays.flatMap((day) => someParts.map((part) => ({ day, part })));
}
