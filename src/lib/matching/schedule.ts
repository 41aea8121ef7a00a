/**
 * Sessions compiled once per directory, evaluated per query: the next session after a
 * moment, and whether a session fits the times a person is free.
 *
 * A person's free times are a 21-bit mask (weekday × part of the day). A session fits a day
 * when enough of it falls in the person's free parts of that day: half of it, or 90 minutes
 * of a long drop-in. So 15:00–18:00 suits someone free in the afternoon, not someone free only
 * in the evening, and a 10:00–16:00 warm space suits both morning and afternoon people.
 */
import type { Frequency, Schedule, Session } from '../directory/model';
import { WEEKDAYS } from '../directory/model';
import { dayFromDate, minutesFromTime, weekdayOf, type LocalMoment } from './london-time';
import type { DayPart } from './profile';
import { TUNING } from './tuning';

/** DESIGN.md §3.2 parts of the day, in minutes after local midnight. */
export const PART_MINUTES: Readonly<Record<DayPart, readonly [number, number]>> = Object.freeze({
	morning: [6 * 60, 12 * 60],
	afternoon: [12 * 60, 17 * 60],
	evening: [17 * 60, 22 * 60]
});
export const PARTS: readonly DayPart[] = ['morning', 'afternoon', 'evening'];
const MS_PER_DAY = 86_400_000;
const ALL_DAYS = 0b1111111;

/** Bit of a slot in a 21-bit mask: weekday (0 = Monday) × 3 + part. */
export function slotBit(weekday: number, part: DayPart): number {
	return 1 << (weekday * 3 + PARTS.indexOf(part));
}

export interface CompiledSession {
	frequency: Frequency;
	daysMask: number;
	weekOfMonth: number;
	start: number;
	end: number;
	/** First and last day numbers it may run on (±Infinity when open). */
	from: number;
	until: number;
	/** The parts of the day it spans at all. */
	parts: DayPart[];
	/**
	 * Bit k is set when the session fits a day on which the person is free in the parts of
	 * subset k (bit 0 morning, 1 afternoon, 2 evening).
	 */
	fitsSubsets: number;
	source: Session;
}

export function compileSchedule(schedule: Schedule): CompiledSession[] {
	return schedule.sessions.map(compileSession);
}

function compileSession(session: Session): CompiledSession {
	const from = session.startDate ? dayFromDate(session.startDate) : -Infinity;
	const until =
		session.frequency === 'once' ? from : session.endDate ? dayFromDate(session.endDate) : Infinity;
	let daysMask = 0;
	for (const day of session.days) daysMask |= 1 << WEEKDAYS.indexOf(day);
	if (session.frequency === 'once' && Number.isFinite(from)) daysMask = 1 << weekdayOf(from);
	const start = minutesFromTime(session.startTime);
	const end = minutesFromTime(session.endTime);
	const inPart = PARTS.map((part) => {
		const [partStart, partEnd] = PART_MINUTES[part];
		return Math.max(0, Math.min(end, partEnd) - Math.max(start, partStart));
	});
	const needed = Math.min((end - start) / 2, TUNING.FREE_TIME_ENOUGH_MINUTES);
	let fitsSubsets = 0;
	for (let subset = 1; subset < 8; subset++) {
		let free = 0;
		for (let part = 0; part < 3; part++) if (subset & (1 << part)) free += inPart[part];
		if (free > 0 && free >= needed) fitsSubsets |= 1 << subset;
	}
	return {
		frequency: session.frequency,
		daysMask,
		weekOfMonth: session.weekOfMonth ?? 0,
		start,
		end,
		from,
		until,
		parts: PARTS.filter((_, part) => inPart[part] > 0),
		fitsSubsets,
		source: session
	};
}

/** The weekdays (a 7-bit mask) on which the session fits the person's free times. */
export function freeDays(s: CompiledSession, availability: number): number {
	if (availability === 0) return s.daysMask;
	let days = 0;
	for (let weekday = 0; weekday < 7; weekday++) {
		if (!(s.daysMask & (1 << weekday))) continue;
		const subset = (availability >>> (weekday * 3)) & 7;
		if ((s.fitsSubsets >>> subset) & 1) days |= 1 << weekday;
	}
	return days;
}

/**
 * Day number of the next start of a session strictly after `now`, on one of `days`
 * (default: any of its days), or null.
 */
export function nextDay(
	s: CompiledSession,
	now: LocalMoment,
	days: number = ALL_DAYS
): number | null {
	const mask = s.daysMask & days;
	if (mask === 0) return null;
	const first = Math.max(now.day, s.from);
	switch (s.frequency) {
		case 'once':
			return Number.isFinite(s.from) && isOn(s, s.from, now) ? s.from : null;
		case 'weekly':
		case 'fortnightly': {
			if (s.frequency === 'fortnightly' && !Number.isFinite(s.from)) return null;
			const anchorWeek = s.frequency === 'fortnightly' ? weekIndex(s.from) : 0;
			const span = s.frequency === 'weekly' ? 8 : 15;
			for (let day = first; day < first + span; day++) {
				if (!(mask & (1 << weekdayOf(day)))) continue;
				if (s.frequency === 'fortnightly' && (weekIndex(day) - anchorWeek) % 2 !== 0) continue;
				if (isOn(s, day, now)) return day;
			}
			return null;
		}
		case 'monthly':
			return nextMonthly(s, mask, first, now);
	}
}

/** Runs that day, and starts after `now`. */
function isOn(s: CompiledSession, day: number, now: LocalMoment): boolean {
	return day <= s.until && (day > now.day || (day === now.day && s.start > now.minutes));
}

/** Weeks since the Monday 1970-01-05. */
function weekIndex(day: number): number {
	return (day - weekdayOf(day) - 4) / 7;
}

function nextMonthly(
	s: CompiledSession,
	mask: number,
	first: number,
	now: LocalMoment
): number | null {
	const start = new Date(first * MS_PER_DAY);
	for (let step = 0; step < 3; step++) {
		const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + step, 1) / MS_PER_DAY;
		const nextMonthStart =
			Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + step + 1, 1) / MS_PER_DAY;
		let best: number | null = null;
		for (let weekday = 0; weekday < 7; weekday++) {
			if (!(mask & (1 << weekday))) continue;
			const day =
				s.weekOfMonth === -1
					? nextMonthStart - 1 - ((weekdayOf(nextMonthStart - 1) - weekday + 7) % 7)
					: monthStart + ((weekday - weekdayOf(monthStart) + 7) % 7) + 7 * (s.weekOfMonth - 1);
			if (day >= first && isOn(s, day, now) && (best === null || day < best)) best = day;
		}
		if (best !== null) return best;
	}
	return null;
}

/** Within the horizon a next session is looked for. */
function isSoon(day: number | null, now: LocalMoment): day is number {
	return day !== null && day - now.day <= TUNING.SCHEDULE_HORIZON_DAYS;
}

export interface ScheduleView {
	/**
	 * The session to show: the next one the person can go to when they gave free times and
	 * one fits, else the earliest upcoming session.
	 */
	next: { day: number; session: CompiledSession } | null;
	/** 0–1: how well the upcoming sessions fit the person's free times (1 when none given). */
	fit: number;
	/** `next` is a session that runs when the person is free (their free times were given). */
	isNextWhenFree: boolean;
}

/**
 * The fit alone, allocating nothing, for ranking every activity: -1 when no session is
 * coming up, else as `viewSchedule(...).fit`.
 */
export function scheduleFit(
	sessions: CompiledSession[],
	now: LocalMoment,
	availability: number
): number {
	let hasNext = false;
	let fit = 0;
	for (const session of sessions) {
		if (!isSoon(nextDay(session, now), now)) continue;
		hasNext = true;
		if (availability === 0) return 1;
		const free = freeDays(session, availability);
		const value = TUNING.SLOT_FIT[session.frequency];
		if (free !== 0 && value > fit && isSoon(nextDay(session, now, free), now)) fit = value;
	}
	return hasNext ? fit : -1;
}

/** `availability` is a slot mask; 0 means "any time". */
export function viewSchedule(
	sessions: CompiledSession[],
	now: LocalMoment,
	availability: number
): ScheduleView {
	let earliest: ScheduleView['next'] = null;
	let fitting: ScheduleView['next'] = null;
	let fit = 0;
	for (const session of sessions) {
		const day = nextDay(session, now);
		if (!isSoon(day, now)) continue;
		if (isEarlier(day, session, earliest)) earliest = { day, session };
		if (availability === 0) continue;
		const free = freeDays(session, availability);
		const freeDay = free === 0 ? null : nextDay(session, now, free);
		if (!isSoon(freeDay, now)) continue;
		fit = Math.max(fit, TUNING.SLOT_FIT[session.frequency]);
		if (isEarlier(freeDay, session, fitting)) fitting = { day: freeDay, session };
	}
	if (availability === 0) return { next: earliest, fit: earliest ? 1 : 0, isNextWhenFree: false };
	return { next: fitting ?? earliest, fit, isNextWhenFree: fitting !== null };
}

function isEarlier(
	day: number,
	session: CompiledSession,
	than: { day: number; session: CompiledSession } | null
): boolean {
	return !than || day < than.day || (day === than.day && session.start < than.session.start);
}
