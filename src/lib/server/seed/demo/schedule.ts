/**
 * Session templates for the demo tables, written the way a group describes its times
 * ("first Tuesday, 2 till 4"), and resolved to model `Session`s against a given `today`.
 */
import type { Session, Weekday } from '$lib/directory/model';
import { WEEKDAYS } from '$lib/directory/model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
/** A Monday. Fortnightly groups keep to the same weeks whatever `today` is, counted from here. */
const FORTNIGHT_EPOCH = '2024-01-01';

const WEEK_OF_MONTH = { first: 1, second: 2, third: 3, fourth: 4, last: -1 } as const;
type WeekOfMonth = keyof typeof WEEK_OF_MONTH;
/** `'10:00-12:00'`: start and end, Europe/London wall-clock. */
type Times = `${string}:${string}-${string}:${string}`;

export type SessionTemplate =
	| { kind: 'weekly'; days: Weekday[]; times: Times }
	| { kind: 'course'; day: Weekday; times: Times; startsInDays: number; weeks: number }
	| { kind: 'fortnightly'; day: Weekday; times: Times }
	| { kind: 'monthly'; week: WeekOfMonth; day: Weekday; times: Times }
	| { kind: 'once'; inDays: number; times: Times };

export const weekly = (days: Weekday | Weekday[], times: Times): SessionTemplate => ({
	kind: 'weekly',
	days: Array.isArray(days) ? days : [days],
	times
});
/** A weekly course of `weeks` sessions, its first on the first `day` at least `startsInDays` away. */
export const course = (
	day: Weekday,
	times: Times,
	startsInDays: number,
	weeks: number
): SessionTemplate => ({ kind: 'course', day, times, startsInDays, weeks });
export const fortnightly = (day: Weekday, times: Times): SessionTemplate => ({
	kind: 'fortnightly',
	day,
	times
});
export const monthly = (week: WeekOfMonth, day: Weekday, times: Times): SessionTemplate => ({
	kind: 'monthly',
	week,
	day,
	times
});
/** One dated session, `inDays` after today (before it when negative). */
export const once = (inDays: number, times: Times): SessionTemplate => ({
	kind: 'once',
	inDays,
	times
});

export function assertDate(date: string): void {
	if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
		throw new Error(`Expected a date like 2026-11-23, got "${date}"`);
	}
}

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
	return fromTime(toTime(date) + days * DAY_MS);
}

function weekdayOf(date: string): Weekday {
	// getUTCDay counts from Sunday; WEEKDAYS starts on Monday.
	return WEEKDAYS[(new Date(toTime(date)).getUTCDay() + 6) % 7];
}

/** The first `day` on or after `date`. */
function nextWeekday(date: string, day: Weekday): string {
	const ahead = (WEEKDAYS.indexOf(day) - WEEKDAYS.indexOf(weekdayOf(date)) + 7) % 7;
	return addDays(date, ahead);
}

/** The latest session on or before `today`, in step with the fortnights counted from the epoch. */
function fortnightAnchor(day: Weekday, phase: number, today: string): string {
	const first = addDays(FORTNIGHT_EPOCH, WEEKDAYS.indexOf(day) + 7 * phase);
	const elapsed = Math.floor((toTime(today) - toTime(first)) / (14 * DAY_MS));
	return addDays(first, 14 * Math.max(0, elapsed));
}

export function resolveSession(
	template: SessionTemplate,
	today: string,
	random: () => number
): Session {
	const [startTime, endTime] = template.times.split('-');
	switch (template.kind) {
		case 'weekly':
			return { frequency: 'weekly', days: [...template.days], startTime, endTime };
		case 'course': {
			const startDate = nextWeekday(addDays(today, template.startsInDays), template.day);
			const endDate = addDays(startDate, 7 * (template.weeks - 1));
			return { frequency: 'weekly', days: [template.day], startTime, endTime, startDate, endDate };
		}
		case 'fortnightly': {
			const startDate = fortnightAnchor(template.day, random() < 0.5 ? 0 : 1, today);
			return { frequency: 'fortnightly', days: [template.day], startTime, endTime, startDate };
		}
		case 'monthly':
			return {
				frequency: 'monthly',
				days: [template.day],
				weekOfMonth: WEEK_OF_MONTH[template.week],
				startTime,
				endTime
			};
		case 'once':
			return {
				frequency: 'once',
				days: [],
				startTime,
				endTime,
				startDate: addDays(today, template.inDays)
			};
	}
}
