/**
 * Reads an iCalendar file back with ical.js, an independent parser, so tests check what a
 * calendar app would see rather than what our writer meant to write.
 */
import ICAL from 'ical.js';

export interface ReadEvent {
	uid: string;
	summary: string;
	location: string | null;
	url: string | null;
	description: string | null;
	stamp: Date;
	start: Date;
	end: Date;
	/** The start on the London clock, "2027-03-29 10:00". */
	londonStart: string;
	alarms: { action: string; trigger: string; description: string | null }[];
}

const london = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/London',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

export function londonClock(instant: Date): string {
	const part = Object.fromEntries(london.formatToParts(instant).map((p) => [p.type, p.value]));
	return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

const text = (component: ICAL.Component, name: string): string | null => {
	const value = component.getFirstPropertyValue(name);
	return value === null ? null : String(value);
};

export function readCalendar(ics: string): ReadEvent[] {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return calendar.getAllSubcomponents('vevent').map((component) => {
		const event = new ICAL.Event(component);
		const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
		const start = event.startDate.toJSDate();
		return {
			uid: event.uid,
			summary: event.summary,
			location: event.location || null,
			url: text(component, 'url'),
			description: event.description || null,
			stamp: stamp.toJSDate(),
			start,
			end: event.endDate.toJSDate(),
			londonStart: londonClock(start),
			alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
				action: String(alarm.getFirstPropertyValue('action')),
				trigger: String(alarm.getFirstPropertyValue('trigger')),
				description: text(alarm, 'description')
			}))
		};
	});
}
