import { describe, expect, it } from 'vitest';
import { sampleActivity, sampleVenue } from '../directory/fixtures';
import type { Schedule } from '../directory/model';
import { upcomingSessions } from '../matching';
import { calendarFileName, sessionCalendar } from './session-calendar';
import { readCalendar } from './testing/read-calendar';

const mondays: Schedule = {
	sessions: [{ frequency: 'weekly', days: ['mon'], startTime: '10:00', endTime: '12:00' }]
};
const PAGE = 'https://waymark.example.org/activity/1b4e28ba-2fa1-11d2-883f-0016d3cca427';

/** The file for the next session after `from`, read back by ical.js. */
function nextSessionFile(from: string, overrides = {}) {
	const activity = sampleActivity({ schedule: mondays, ...overrides });
	const [session] = upcomingSessions(activity, { from: new Date(from), count: 1 });
	const file = sessionCalendar({
		activity,
		session,
		pageUrl: PAGE,
		now: new Date('2027-03-20T08:00:00Z'),
		locale: 'en'
	});
	return { file, events: readCalendar(file.ics), activity };
}

describe('sessionCalendar', () => {
	it('puts a Monday 10:00 session at 10:00 London time on both sides of the clock change', () => {
		// The clocks go forward on Sunday 28 March 2027.
		const before = nextSessionFile('2027-03-16T12:00:00Z').events[0];
		expect(before.start.toISOString()).toBe('2027-03-22T10:00:00.000Z');
		expect(before.londonStart).toBe('2027-03-22 10:00');

		const after = nextSessionFile('2027-03-23T12:00:00Z').events[0];
		expect(after.start.toISOString()).toBe('2027-03-29T09:00:00.000Z');
		expect(after.end.toISOString()).toBe('2027-03-29T11:00:00.000Z');
		expect(after.londonStart).toBe('2027-03-29 10:00');
	});

	it('and back again when the clocks go back (31 October 2027)', () => {
		const { events } = nextSessionFile('2027-10-26T12:00:00Z');
		expect(events[0].start.toISOString()).toBe('2027-11-01T10:00:00.000Z');
		expect(events[0].londonStart).toBe('2027-11-01 10:00');
	});

	it('reminds two hours before, and carries a UID, a stamp, the address and a link back', () => {
		const { file, events } = nextSessionFile('2027-03-23T12:00:00Z');
		expect(events).toHaveLength(1);
		const [event] = events;
		expect(event.alarms).toEqual([
			{ action: 'DISPLAY', trigger: '-PT2H', description: 'Knit and natter' }
		]);
		expect(file.ics).toContain('TRIGGER:-PT2H');
		expect(event.uid).toMatch(/-20270329T1000@waymark\.example\.org$/);
		expect(event.stamp.toISOString()).toBe('2027-03-20T08:00:00.000Z');
		expect(event.summary).toBe('Knit and natter');
		expect(event.location).toBe(
			'Elswick community hall, 1 Example Road, Newcastle upon Tyne, NE4 6AA'
		);
		expect(event.url).toBe(PAGE);
		expect(event.description).toBe(`Details: ${PAGE}`);
		expect(file.fileName).toBe('knit-and-natter-2027-03-29.ics');
	});

	it('gives the same session the same UID, so adding it twice updates one entry', () => {
		const a = nextSessionFile('2027-03-23T12:00:00Z').events[0];
		const b = nextSessionFile('2027-03-24T12:00:00Z').events[0];
		expect(a.uid).toBe(b.uid);
	});

	it('uses a neutral title, reminder and place where the names mention health', () => {
		const { file, events } = nextSessionFile('2027-03-23T12:00:00Z', {
			name: 'Anxiety support group',
			venues: [sampleVenue({ name: 'Maggie’s cancer centre' })]
		});
		expect(events[0].summary).toBe('Activity – Waymark');
		expect(events[0].alarms[0].description).toBe('Activity – Waymark');
		expect(events[0].location).toBe('1 Example Road, Newcastle upon Tyne, NE4 6AA');
		expect(file.ics).not.toMatch(/anxiety|cancer/i);
		expect(file.fileName).toBe('activity-waymark-2027-03-29.ics');
	});

	it('writes the title in the page’s language', () => {
		const activity = sampleActivity({ name: 'Dementia café', schedule: mondays });
		const [session] = upcomingSessions(activity, { from: new Date('2027-03-23T12:00:00Z') });
		const file = sessionCalendar({ activity, session, pageUrl: PAGE, locale: 'pl' });
		expect(readCalendar(file.ics)[0].summary).toBe('Zajęcia – Waymark');
	});

	it('leaves the place out for an online activity', () => {
		const { events } = nextSessionFile('2027-03-23T12:00:00Z', { venues: [], online: true });
		expect(events[0].location).toBeNull();
	});
});

describe('calendarFileName', () => {
	it.each([
		['Knit and natter', 'knit-and-natter-2027-03-29.ics'],
		['Café & crafts!', 'cafe-crafts-2027-03-29.ics'],
		['سرگرمی', 'activity-2027-03-29.ics']
	])('%s → %s', (title, expected) => {
		expect(calendarFileName(title, '2027-03-29')).toBe(expected);
	});
});
