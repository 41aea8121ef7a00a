/** The next few dates of an activity, in words ("Tuesday 3 March, 10:00 to 12:00"). */
import type { Schedule } from '$lib/directory/model';
import { isListingStale, upcomingSessions } from '$lib/matching';
import { dateLabel, longDate } from '$lib/format/results';
import * as m from '$lib/paraglide/messages';

export function upcomingDates(schedule: Schedule, now = new Date(), count = 3): string[] {
	return upcomingSessions({ schedule }, { from: now, count }).map((session) =>
		m.activity_date_time({
			date: dateLabel(session.date),
			start: session.startTime,
			end: session.endTime
		})
	);
}

/** True when the listing was last checked more than a year ago (or never). */
export function isStale(lastReviewed: string | null, now = new Date()): boolean {
	return !lastReviewed || isListingStale(lastReviewed, now);
}

/** "3 March 2026", in the page's language. */
export const readableDate = (date: string): string => longDate(date);
