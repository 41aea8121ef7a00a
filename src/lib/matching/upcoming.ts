/**
 * Sessions for people to read: the next one for a result, and the next few for an activity's
 * own page, in London wall-clock time with the instant and its offset.
 */
import type { Activity } from '../directory/model';
import { WEEKDAYS } from '../directory/model';
import {
	dateFromDay,
	fromLocal,
	isoWithOffset,
	timeFromMinutes,
	toLocalMoment,
	weekdayOf
} from './london-time';
import { compileSchedule, nextDay, type CompiledSession } from './schedule';
import type { NextSession } from './types';

export interface UpcomingOptions {
	/** Sessions strictly after this moment (default: now). */
	from?: Date;
	/** How many (default 3). */
	count?: number;
}

/** The next `count` sessions of an activity, earliest first, across all its sessions. */
export function upcomingSessions(
	activity: Pick<Activity, 'schedule'>,
	{ from = new Date(), count = 3 }: UpcomingOptions = {}
): NextSession[] {
	const now = toLocalMoment(from);
	const found: { day: number; session: CompiledSession }[] = [];
	for (const session of compileSchedule(activity.schedule)) {
		let moment = now;
		for (let i = 0; i < count; i++) {
			const day = nextDay(session, moment);
			if (day === null) break;
			found.push({ day, session });
			moment = { day, minutes: session.start };
		}
	}
	return found
		.sort((a, b) => a.day - b.day || a.session.start - b.session.start)
		.slice(0, count)
		.map(({ day, session }) => sessionOn(day, session, now.day));
}

/** A session on a day, `daysAhead` of `today` (both London day numbers). */
export function sessionOn(day: number, session: CompiledSession, today: number): NextSession {
	return {
		start: isoWithOffset(fromLocal(day, session.start)),
		end: isoWithOffset(fromLocal(day, session.end)),
		date: dateFromDay(day),
		weekday: WEEKDAYS[weekdayOf(day)],
		startTime: timeFromMinutes(session.start),
		endTime: timeFromMinutes(session.end),
		daysAhead: day - today
	};
}
