/**
 * A person's answers as the questionnaire keeps them on the device. Richer than a
 * NeedsProfile (it remembers how a place was given, and which steps were skipped), so the
 * pages can show answers back; `toProfile` turns them into what the ranking reads.
 */
import type { AccessFeature, CategoryId } from '../directory/categories';
import type { Weekday } from '../directory/model';
import type { DayPart, MaxCost, OnlineChoice } from '../matching/profile';

/**
 * The same lists as the ranking module's, kept here so question pages do not load its
 * validation schemas (the type check keeps them in step).
 */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const satisfies readonly DayPart[];
export const MAX_COSTS = ['free', 'low', 'any'] as const satisfies readonly MaxCost[];

export const FEELINGS = ['good', 'okay', 'low', 'struggling', 'crisis'] as const;
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
	/** Free days and parts of the day; either empty means "any". */
	days: Weekday[];
	parts: DayPart[];
	cost?: MaxCost;
	access: AccessFeature[];
	age?: number;
	/** Steps seen (answered or skipped), so "Continue where you left off" knows where to go. */
	seen: string[];
}

export function emptyAnswers(): Answers {
	return { categories: [], days: [], parts: [], access: [], seen: [] };
}

/** Accepts anything read back from storage, keeping only what still has the right shape. */
export function reviveAnswers(stored: unknown): Answers {
	const base = emptyAnswers();
	if (!stored || typeof stored !== 'object') return base;
	const s = stored as Partial<Answers>;
	const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? [...value] : []);
	return {
		...base,
		...s,
		categories: list(s.categories),
		days: list(s.days),
		parts: list(s.parts),
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
