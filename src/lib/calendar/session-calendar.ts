/**
 * One session of an activity as an iCalendar file (RFC 5545), written on the phone from its
 * copy of the directory, so "Add to calendar" works offline. Times are written in UTC from
 * the session's London instants, which already account for the clock changes, so every
 * calendar app shows the right local time without a time-zone table. A reminder fires two
 * hours before. The title says nothing private (see neutral-title.ts), nor does the place.
 *
 * Loaded only when the person asks for a file (a dynamic import), so the iCalendar writer is
 * in no page's first JavaScript.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import type { Activity } from '../directory/model';
import type { NextSession } from '../matching/types';
import * as m from '../paraglide/messages';
import type { Locale } from '../paraglide/runtime';
import { mentionsHealth, neutralTitle } from './neutral-title';

export const REMINDER_SECONDS_BEFORE = 2 * 60 * 60;
const PRODUCT = { company: 'Waymark', product: 'Waymark', language: 'EN' };

export interface SessionCalendarInput {
	activity: Pick<Activity, 'id' | 'name' | 'venues'>;
	session: NextSession;
	/** The activity's own page, as a full address. */
	pageUrl: string;
	/** When the file is made (DTSTAMP). */
	now?: Date;
	locale?: Locale;
}

export interface SessionCalendar {
	ics: string;
	fileName: string;
	title: string;
}

/** The calendar title for an activity: its name, or the generic title where that says too much. */
export function calendarTitle(name: string, locale?: Locale): string {
	return neutralTitle(name, m.calendar_generic_title({}, { locale }));
}

export function sessionCalendar({
	activity,
	session,
	pageUrl,
	now = new Date(),
	locale
}: SessionCalendarInput): SessionCalendar {
	const title = calendarTitle(activity.name, locale);
	const calendar = ical({ prodId: PRODUCT });
	calendar.createEvent({
		id: sessionUid(activity.id, session, pageUrl),
		start: new Date(session.start),
		end: new Date(session.end),
		stamp: now,
		summary: title,
		location: placeText(activity.venues[0]),
		url: pageUrl,
		description: m.calendar_description({ url: pageUrl }, { locale }),
		alarms: [
			{ type: ICalAlarmType.display, triggerBefore: REMINDER_SECONDS_BEFORE, description: title }
		]
	});
	return { ics: calendar.toString(), fileName: calendarFileName(title, session.date), title };
}

/**
 * The same session always gets the same UID, so adding it twice updates one entry instead of
 * making two.
 */
function sessionUid(id: string, session: NextSession, pageUrl: string): string {
	const when = `${session.date.replaceAll('-', '')}T${session.startTime.replace(':', '')}`;
	return `${id}-${when}@${new URL(pageUrl).hostname}`;
}

/** The address; the venue's name too unless it says something private ("Cancer centre"). */
function placeText(venue: Activity['venues'][number] | undefined): string | null {
	if (!venue) return null;
	const { line1, line2, town, postcode } = venue.address;
	const name = mentionsHealth(venue.name) ? undefined : venue.name;
	return [name, line1, line2, town, postcode].filter(Boolean).join(', ');
}

/** "knit-and-natter-2027-03-29.ics": ASCII, so every phone's file system takes it. */
export function calendarFileName(title: string, date: string): string {
	const slug = title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `${slug || 'activity'}-${date}.ics`;
}
