/**
 * Sessions compiled once per directory, evaluated per query: the next session after a
 * moment, and which weekly slots (weekday × part of day) a session touches.
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
const PARTS: DayPart[] = ['morning', 'afternoon', 'evening'];
const MS_PER_DAY = 86_400_000;

/** Bit of a slot in a 21-bit mask: weekday (0 = Monday) × 3 + part. */
export function slotBit(weekday: number, part: DayPart): number {
	return 1 << (weekday * 3 + PARTS.indexOf(part));
}
export function slotOfBit(bit: number): { weekday: number; part: DayPart } {
	return { weekday: Math.floor(bit / 3), part: PARTS[bit % 3] };
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
	/** The slots it touches. */
	slots: number;
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
	let slots = 0;
	for (let weekday = 0; weekday < 7; weekday++) {
		if (!(daysMask & (1 << weekday))) continue;
		for (const part of PARTS) {
			const [partStart, partEnd] = PART_MINUTES[part];
			if (start < partEnd && end > partStart) slots |= slotBit(weekday, part);
		}
	}
	return {
		frequency: session.frequency,
		daysMask,
		weekOfMonth: session.weekOfMonth ?? 0,
		start,
		end,
		from,
		until,
		slots,
		source: session
	};
}

/** Day number of the next start of a session strictly after `now`, or null. */
export function nextDay(s: CompiledSession, now: LocalMoment): number | null {
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
				if (!(s.daysMask & (1 << weekdayOf(day)))) continue;
				if (s.frequency === 'fortnightly' && (weekIndex(day) - anchorWeek) % 2 !== 0) continue;
				if (isOn(s, day, now)) return day;
			}
			return null;
		}
		case 'monthly':
			return nextMonthly(s, first, now);
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

function nextMonthly(s: CompiledSession, first: number, now: LocalMoment): number | null {
	const start = new Date(first * MS_PER_DAY);
	for (let step = 0; step < 3; step++) {
		const monthStart = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + step, 1) / MS_PER_DAY;
		const nextMonthStart =
			Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + step + 1, 1) / MS_PER_DAY;
		let best: number | null = null;
		for (let weekday = 0; weekday < 7; weekday++) {
			if (!(s.daysMask & (1 << weekday))) continue;
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

export interface ScheduleView {
	/** The earliest upcoming session, if any. */
	next: { day: number; session: CompiledSession } | null;
	/** 0–1: how well the upcoming sessions fit the person's free times (1 when none given). */
	fit: number;
	/** A slot bit where an upcoming session meets the person's free times, and its session. */
	fitSlot: { bit: number; session: CompiledSession } | null;
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
		const day = nextDay(session, now);
		if (day === null || day - now.day > TUNING.SCHEDULE_HORIZON_DAYS) continue;
		hasNext = true;
		if (session.slots & availability) fit = Math.max(fit, TUNING.SLOT_FIT[session.frequency]);
	}
	if (!hasNext) return -1;
	return availability === 0 ? 1 : fit;
}

/** `availability` is a slot mask; 0 means "any time". */
export function viewSchedule(
	sessions: CompiledSession[],
	now: LocalMoment,
	availability: number
): ScheduleView {
	let next: ScheduleView['next'] = null;
	let fit = 0;
	let fitSlot: ScheduleView['fitSlot'] = null;
	for (const session of sessions) {
		const day = nextDay(session, now);
		if (day === null || day - now.day > TUNING.SCHEDULE_HORIZON_DAYS) continue;
		if (!next || day < next.day || (day === next.day && session.start < next.session.start)) {
			next = { day, session };
		}
		const overlap = session.slots & availability;
		if (overlap && TUNING.SLOT_FIT[session.frequency] > fit) {
			fit = TUNING.SLOT_FIT[session.frequency];
			fitSlot = { bit: lowestBit(overlap), session };
		}
	}
	if (availability === 0) fit = next ? 1 : 0;
	return { next, fit, fitSlot };
}

function lowestBit(mask: number): number {
	return 31 - Math.clz32(mask & -mask);
}
