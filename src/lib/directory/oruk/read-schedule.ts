/**
 * ORUK v3 schedules (RRULE-style: freq, interval, byday, dtstart/valid_from/valid_to, opens_at,
 * closes_at) → Waymark sessions. What a session cannot say (every third week, the 15th of the
 * month, no times given) is kept as the schedule's note, in the feed's own words where it has any.
 */
import { WEEKDAYS, type Schedule, type Session, type Weekday } from '../model';
import { htmlToText, truncate } from './plain-text';
import { num, str, type Json } from './types';

const RRULE_DAYS: Readonly<Record<string, Weekday>> = {
	MO: 'mon',
	TU: 'tue',
	WE: 'wed',
	TH: 'thu',
	FR: 'fri',
	SA: 'sat',
	SU: 'sun'
};
const WEEK_OF_MONTH = new Set([1, 2, 3, 4, -1]);
export const MAX_NOTE = 500;
const MAX_SESSIONS = 50;

/** "10:00", "10:00:00", "10:00:00Z", "9.30" → "HH:MM"; the feed's times are local wall-clock. */
export function readTime(value: unknown): string | undefined {
	const match = /^(\d{1,2})[:.](\d{2})/.exec(str(value) ?? '');
	if (!match || +match[1] > 23 || +match[2] > 59) return undefined;
	return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** "2026-11-23" or an ISO date-time → "YYYY-MM-DD". */
export function readDate(value: unknown): string | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(str(value) ?? '');
	if (!match) return undefined;
	const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
	return date.getUTCDate() === +match[3] ? match[0] : undefined;
}

function weekdayOf(date: string): Weekday {
	return WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
}

interface ByDay {
	day: Weekday;
	ordinal?: number;
}

function readByDay(value: unknown): ByDay[] | undefined {
	const tokens = (str(value) ?? '')
		.toUpperCase()
		.split(/[,\s]+/)
		.filter(Boolean);
	const days: ByDay[] = [];
	for (const token of tokens) {
		const match = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(token);
		if (!match) return undefined;
		days.push({ day: RRULE_DAYS[match[2]], ordinal: match[1] ? +match[1] : undefined });
	}
	return days;
}

function uniqueDays(days: ByDay[]): Weekday[] {
	return WEEKDAYS.filter((day) => days.some((d) => d.day === day));
}

/** The sessions one schedule stands for, or a reason it cannot be a session. */
export function readSessions(schedule: Json): Session[] | string {
	const startTime = readTime(schedule.opens_at);
	const endTime = readTime(schedule.closes_at);
	if (!startTime || !endTime) return 'it gives no opening and closing times';
	if (endTime <= startTime) return `it closes (${endTime}) before it opens (${startTime})`;
	const freq = str(schedule.freq ?? schedule.frequency)?.toUpperCase();
	const interval = num(schedule.interval) ?? 1;
	const from = readDate(schedule.valid_from);
	const dtstart = readDate(schedule.dtstart);
	const to = readDate(schedule.valid_to);
	const byDay = readByDay(schedule.byday);
	if (byDay === undefined) return `its days ("${str(schedule.byday)}") are not understood`;
	const times = { startTime, endTime };
	const bounds = { ...(to ? { endDate: to } : {}) };
	const start = from ?? dtstart;
	if (start && to && to < start) return `it ends (${to}) before it starts (${start})`;
	if (!freq || (from && from === to && byDay.length === 0)) {
		if (!start) return 'it gives neither a repeat nor a date';
		return [{ frequency: 'once', days: [], ...times, startDate: dtstart ?? start, ...bounds }];
	}
	const startBound = start ? { startDate: start } : {};
	if (freq === 'DAILY' && interval === 1) {
		return [{ frequency: 'weekly', days: [...WEEKDAYS], ...times, ...startBound, ...bounds }];
	}
	const days = byDay.length > 0 ? byDay : start ? [{ day: weekdayOf(start) }] : [];
	if (days.length === 0) return 'it gives no days';
	if (freq === 'WEEKLY' && interval === 1) {
		return [{ frequency: 'weekly', days: uniqueDays(days), ...times, ...startBound, ...bounds }];
	}
	if (freq === 'WEEKLY' && interval === 2) {
		// The weeks it runs are counted from dtstart, which HSDS makes the first session.
		const anchor = dtstart ?? from;
		if (!anchor) return 'it runs every other week but gives no date to count the weeks from';
		const days2 = uniqueDays(days);
		return [{ frequency: 'fortnightly', days: days2, ...times, startDate: anchor, ...bounds }];
	}
	if (freq === 'MONTHLY' && interval === 1) {
		const ordinals = [...new Set(days.map((d) => d.ordinal))];
		if (ordinals.some((o) => o === undefined || !WEEK_OF_MONTH.has(o))) {
			return 'it runs monthly but not on a week of the month Waymark can show (1st–4th or last)';
		}
		return ordinals.map((ordinal) => ({
			frequency: 'monthly' as const,
			days: uniqueDays(days.filter((d) => d.ordinal === ordinal)),
			weekOfMonth: ordinal,
			...times,
			...startBound,
			...bounds
		}));
	}
	return `its repeat (${freq} every ${interval}) is not one Waymark can show`;
}

const DAY_NAMES: Readonly<Record<Weekday, string>> = {
	mon: 'Mondays',
	tue: 'Tuesdays',
	wed: 'Wednesdays',
	thu: 'Thursdays',
	fri: 'Fridays',
	sat: 'Saturdays',
	sun: 'Sundays'
};

/**
 * "Mondays, 10:00–11:00, every 3 weeks": what a schedule that cannot be a session still tells a
 * person, when the feed gave no words of its own.
 */
function ruleInWords(schedule: Json): string[] {
	const days = uniqueDays(readByDay(schedule.byday) ?? []).map((day) => DAY_NAMES[day]);
	const list = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : days[0];
	const opens = readTime(schedule.opens_at);
	const closes = readTime(schedule.closes_at);
	const interval = num(schedule.interval) ?? 1;
	const freq = str(schedule.freq ?? schedule.frequency)?.toUpperCase();
	const unit = freq === 'MONTHLY' ? 'months' : freq === 'WEEKLY' ? 'weeks' : undefined;
	const parts = [
		list,
		opens && closes ? `${opens}–${closes}` : undefined,
		unit && interval > 1 ? `every ${interval} ${unit}` : undefined,
		str(schedule.bymonthday) ? `on day ${str(schedule.bymonthday)} of the month` : undefined
	].filter(Boolean);
	if (!list || parts.length === 0) return [];
	return [`${parts.join(', ')}${opens && closes ? '' : ' (times not given)'}`];
}

/** Free text of a schedule, as a note. */
function scheduleWords(schedule: Json): string[] {
	return [schedule.description, schedule.notes]
		.map((value) => (typeof value === 'string' ? htmlToText(value) : ''))
		.filter(Boolean);
}

export function readSchedule(schedules: Json[], repairs: string[]): Schedule {
	const sessions: Session[] = [];
	const seen = new Set<string>();
	const notes: string[] = [];
	for (const schedule of schedules) {
		const read = readSessions(schedule);
		const words = scheduleWords(schedule);
		const isOnlyWords =
			typeof read === 'string' && schedule.opens_at === undefined && words.length > 0;
		if (typeof read === 'string' && !isOnlyWords) {
			repairs.push(`Kept a schedule as words only: ${read}`);
		}
		for (const session of typeof read === 'string' ? [] : read) {
			const key = JSON.stringify(session);
			if (!seen.has(key) && sessions.length < MAX_SESSIONS) sessions.push(session);
			seen.add(key);
		}
		if (typeof read === 'string' && words.length === 0) words.push(...ruleInWords(schedule));
		for (const line of words) if (!notes.includes(line)) notes.push(line);
	}
	const note = notes.join('\n\n');
	if (note.length > MAX_NOTE) repairs.push('Shortened the schedule note to 500 characters');
	return { sessions, ...(note ? { note: truncate(note, MAX_NOTE) } : {}) };
}
