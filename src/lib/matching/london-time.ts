/**
 * Europe/London wall-clock arithmetic without a date library. Schedules are wall-clock
 * times, so the ranking works in "day numbers" (days since 1970-01-01 of the local date)
 * and minutes after local midnight; an instant is only made when a result is shown.
 * Intl.DateTimeFormat knows the clock changes (last Sunday of March and of October).
 */

export const LONDON = 'Europe/London';
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export interface LocalMoment {
	/** Days since 1970-01-01 of the London date. */
	day: number;
	/** Minutes after London midnight. */
	minutes: number;
}

let formatter: Intl.DateTimeFormat | undefined;
function londonFormatter(): Intl.DateTimeFormat {
	formatter ??= new Intl.DateTimeFormat('en-GB', {
		timeZone: LONDON,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
		hourCycle: 'h23'
	});
	return formatter;
}

/** London wall-clock time of an instant, as a UTC-based millisecond count. */
function wallClockMs(instantMs: number): number {
	const parts: Record<string, number> = {};
	for (const part of londonFormatter().formatToParts(new Date(instantMs))) {
		if (part.type !== 'literal') parts[part.type] = Number(part.value);
	}
	const { year, month, day, hour, minute, second } = parts;
	return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

/** The London offset from UTC at an instant, in minutes (0 in winter, 60 in summer). */
export function londonOffsetMinutes(instant: Date): number {
	const ms = Math.floor(instant.getTime() / 1000) * 1000;
	return Math.round((wallClockMs(ms) - ms) / MS_PER_MINUTE);
}

export function toLocalMoment(instant: Date): LocalMoment {
	const wall = wallClockMs(instant.getTime());
	const day = Math.floor(wall / MS_PER_DAY);
	return { day, minutes: Math.floor((wall - day * MS_PER_DAY) / MS_PER_MINUTE) };
}

/**
 * The instant of a London wall-clock time. London is always UTC+0 or UTC+1, so try both,
 * earliest first: in October's repeated hour that gives the first one. A time in March's
 * skipped hour is read with the offset of the day before, as if the clocks had not changed.
 */
export function fromLocal(day: number, minutes: number): Date {
	const key = day * 1440 + minutes;
	let instant = instants.get(key);
	if (!instant) {
		if (instants.size > 10_000) instants.clear();
		instant = instantOf(day, minutes);
		instants.set(key, instant);
	}
	return new Date(instant.getTime());
}
const instants = new Map<number, Date>();

function instantOf(day: number, minutes: number): Date {
	const wall = day * MS_PER_DAY + minutes * MS_PER_MINUTE;
	for (const offset of [60, 0]) {
		const candidate = wall - offset * MS_PER_MINUTE;
		if (wallClockMs(candidate) === wall) return new Date(candidate);
	}
	const before = londonOffsetMinutes(new Date(wall - MS_PER_DAY));
	return new Date(wall - before * MS_PER_MINUTE);
}

/** `YYYY-MM-DD` ↔ day number. */
export function dayFromDate(date: string): number {
	return (
		Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
		MS_PER_DAY
	);
}
export function dateFromDay(day: number): string {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
	return (((day + 3) % 7) + 7) % 7;
}

/** `HH:MM` ↔ minutes. */
export function minutesFromTime(time: string): number {
	return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
export function timeFromMinutes(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** ISO-8601 with London's offset at that moment: "2026-03-31T10:00:00+01:00". */
export function isoWithOffset(instant: Date): string {
	const offset = londonOffsetMinutes(instant);
	const local = new Date(instant.getTime() + offset * MS_PER_MINUTE).toISOString().slice(0, 19);
	const sign = offset >= 0 ? '+' : '-';
	const abs = Math.abs(offset);
	return `${local}${sign}${timeFromMinutes(abs)}`;
}
