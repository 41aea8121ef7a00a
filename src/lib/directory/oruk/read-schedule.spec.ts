import { describe, expect, it } from 'vitest';
import { readDate, readSchedule, readSessions, readTime } from './read-schedule';

describe('readSessions', () => {
	const times = { opens_at: '10:00:00', closes_at: '12:00:00' };
	it.each([
		[
			'weekly',
			{ freq: 'WEEKLY', byday: 'TU,TH' },
			[{ frequency: 'weekly', days: ['tue', 'thu'], startTime: '10:00', endTime: '12:00' }]
		],
		[
			'weekly with bounds',
			{ freq: 'WEEKLY', byday: 'MO', valid_from: '2026-01-05', valid_to: '2026-03-30' },
			[
				{
					frequency: 'weekly',
					days: ['mon'],
					startTime: '10:00',
					endTime: '12:00',
					startDate: '2026-01-05',
					endDate: '2026-03-30'
				}
			]
		],
		[
			'weekly from dtstart alone',
			{ freq: 'WEEKLY', dtstart: '2026-01-07' },
			[
				{
					frequency: 'weekly',
					days: ['wed'],
					startTime: '10:00',
					endTime: '12:00',
					startDate: '2026-01-07'
				}
			]
		],
		[
			'fortnightly',
			{ freq: 'WEEKLY', interval: 2, byday: 'FR', dtstart: '2026-01-09' },
			[
				{
					frequency: 'fortnightly',
					days: ['fri'],
					startTime: '10:00',
					endTime: '12:00',
					startDate: '2026-01-09'
				}
			]
		],
		[
			'monthly, two weeks of the month',
			{ freq: 'MONTHLY', byday: '1TU,3TU' },
			[
				{
					frequency: 'monthly',
					days: ['tue'],
					weekOfMonth: 1,
					startTime: '10:00',
					endTime: '12:00'
				},
				{
					frequency: 'monthly',
					days: ['tue'],
					weekOfMonth: 3,
					startTime: '10:00',
					endTime: '12:00'
				}
			]
		],
		[
			'monthly, last Friday',
			{ freq: 'MONTHLY', byday: '-1FR' },
			[
				{
					frequency: 'monthly',
					days: ['fri'],
					weekOfMonth: -1,
					startTime: '10:00',
					endTime: '12:00'
				}
			]
		],
		[
			'a dated one-off without freq',
			{ dtstart: '2026-06-20' },
			[
				{
					frequency: 'once',
					days: [],
					startTime: '10:00',
					endTime: '12:00',
					startDate: '2026-06-20'
				}
			]
		],
		[
			'a one-off as valid_from = valid_to',
			{ freq: 'WEEKLY', valid_from: '2026-06-20', valid_to: '2026-06-20' },
			[
				{
					frequency: 'once',
					days: [],
					startTime: '10:00',
					endTime: '12:00',
					startDate: '2026-06-20',
					endDate: '2026-06-20'
				}
			]
		],
		[
			'every day',
			{ freq: 'DAILY' },
			[
				{
					frequency: 'weekly',
					days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
					startTime: '10:00',
					endTime: '12:00'
				}
			]
		]
	])('reads %s', (_label, rule, expected) => {
		expect(readSessions({ ...times, ...rule })).toEqual(expected);
	});

	it.each([
		['no times', { freq: 'WEEKLY', byday: 'TU' }, /no opening and closing times/],
		[
			'closing before opening',
			{ ...times, closes_at: '09:00', freq: 'WEEKLY', byday: 'TU' },
			/closes \(09:00\) before it opens/
		],
		[
			'fortnightly without a date',
			{ ...times, freq: 'WEEKLY', interval: 2, byday: 'TU' },
			/no date to count the weeks from/
		],
		['a fifth week of the month', { ...times, freq: 'MONTHLY', byday: '5TU' }, /week of the month/],
		['a day of the month', { ...times, freq: 'MONTHLY', bymonthday: '15' }, /no days/],
		[
			'nonsense days',
			{ ...times, freq: 'WEEKLY', byday: 'Tuesdays' },
			/days \("Tuesdays"\) are not understood/
		],
		[
			'an end before the start',
			{ ...times, freq: 'WEEKLY', byday: 'TU', valid_from: '2026-02-01', valid_to: '2026-01-01' },
			/ends/
		]
	])('explains why it cannot read %s', (_label, schedule, reason) => {
		expect(readSessions(schedule)).toMatch(reason);
	});
});

describe('readSchedule', () => {
	it('keeps words as the note, describes what it cannot show and reports it', () => {
		const repairs: string[] = [];
		const schedule = readSchedule(
			[
				{
					freq: 'WEEKLY',
					byday: 'TU',
					opens_at: '10:00',
					closes_at: '12:00',
					description: '<p>Term time only</p>'
				},
				{
					freq: 'WEEKLY',
					byday: 'TU',
					opens_at: '10:00',
					closes_at: '12:00',
					description: 'Term time only'
				},
				{ freq: 'WEEKLY', byday: 'WE,FR' },
				{ description: 'Ring for dates' }
			],
			repairs
		);
		expect(schedule).toEqual({
			sessions: [{ frequency: 'weekly', days: ['tue'], startTime: '10:00', endTime: '12:00' }],
			note: 'Term time only\n\nWednesdays and Fridays (times not given)\n\nRing for dates'
		});
		expect(repairs).toEqual([
			'Kept a schedule as words only: it gives no opening and closing times'
		]);
	});
});

describe('times and dates', () => {
	it.each([
		['10:00', '10:00'],
		['9:30:00', '09:30'],
		['18:00:00Z', '18:00'],
		['7.45', '07:45'],
		['25:00', undefined],
		['noon', undefined]
	])('reads the time %j', (value, expected) => {
		expect(readTime(value)).toBe(expected);
	});

	it.each([
		['2026-11-23', '2026-11-23'],
		['2026-11-23T09:00:00Z', '2026-11-23'],
		['2026-02-30', undefined],
		['23/11/2026', undefined]
	])('reads the date %j', (value, expected) => {
		expect(readDate(value)).toBe(expected);
	});
});
