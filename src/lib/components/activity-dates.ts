/** The next few dates of an activity, in words ("Tuesday 3 March, 10:00 to 12:00"). */
import type { Schedule } from '$lib/directory/model';
import { longDate, timeFromMinutes, toLocalMoment } from '$lib/matching/london-time';
import { compileSchedule, nextDay } from '$lib/matching/schedule';
import { format, m } from '$lib/messages';

export function upcomingDates(schedule: Schedule, now = new Date(), count = 3): string[] {
	const sessions = compileSchedule(schedule);
	const found: { day: number; start: number; end: number }[] = [];
	const start = toLocalMoment(now);
	for (const session of sessions) {
		let moment = start;
		for (let i = 0; i < count; i++) {
			const day = nextDay(session, moment);
			if (day === null) break;
			found.push({ day, start: session.start, end: session.end });
			moment = { day, minutes: session.start };
		}
	}
	found.sort((a, b) => a.day - b.day || a.start - b.start);
	return found.slice(0, count).map((d) =>
		format(m.activity.dateTime, {
			date: longDate(d.day),
			start: timeFromMinutes(d.start),
			end: timeFromMinutes(d.end)
		})
	);
}

/** True when the listing was last checked more than a year ago (or never). */
export function isStale(lastReviewed: string | null, now = new Date()): boolean {
	if (!lastReviewed) return true;
	const yearAgo = new Date(now);
	yearAgo.setFullYear(yearAgo.getFullYear() - 1);
	return new Date(`${lastReviewed}T00:00:00Z`) < yearAgo;
}

/** "3 March 2026". */
export function readableDate(date: string): string {
	return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/London'
	});
}
