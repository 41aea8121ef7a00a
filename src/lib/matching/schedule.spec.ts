import { describe, expect, it } from 'vitest';
import type { Session } from '../directory/model';
import { dateFromDay, toLocalMoment } from './london-time';
import { rank } from './matcher';
import { compileSchedule, nextDay, viewSchedule, slotBit } from './schedule';
import { activity } from './testing/builders';

const session = (s: Partial<Session>): Session => ({
	frequency: 'weekly',
	days: ['tue'],
	startTime: '10:00',
	endTime: '12:00',
	...s
});

function next(s: Partial<Session>, now: string): string | null {
	const [compiled] = compileSchedule({ sessions: [session(s)] });
	const day = nextDay(compiled, toLocalMoment(new Date(now)));
	return day === null ? null : dateFromDay(day);
}

describe('next session', () => {
	it.each<[string, Partial<Session>, string, string | null]>([
		['weekly, later this week', {}, '2026-11-21T10:00:00Z', '2026-11-24'],
		[
			'weekly, later today',
			{ days: ['sat'], startTime: '14:00', endTime: '15:00' },
			'2026-11-21T10:00:00Z',
			'2026-11-21'
		],
		[
			'weekly, already started today',
			{ days: ['sat'], startTime: '09:00' },
			'2026-11-21T10:00:00Z',
			'2026-11-28'
		],
		[
			'weekly, not before its first date',
			{ startDate: '2026-12-07' },
			'2026-11-21T10:00:00Z',
			'2026-12-08'
		],
		['weekly, after its last date', { endDate: '2026-11-20' }, '2026-11-21T10:00:00Z', null],
		[
			'fortnightly, in step with its anchor',
			{ frequency: 'fortnightly', startDate: '2026-11-17' },
			'2026-11-21T10:00:00Z',
			'2026-12-01'
		],
		[
			'fortnightly, anchor week ahead',
			{ frequency: 'fortnightly', startDate: '2026-11-10' },
			'2026-11-21T10:00:00Z',
			'2026-11-24'
		],
		[
			'monthly, first Tuesday',
			{ frequency: 'monthly', weekOfMonth: 1 },
			'2026-11-21T10:00:00Z',
			'2026-12-01'
		],
		[
			'monthly, fourth Tuesday',
			{ frequency: 'monthly', weekOfMonth: 4 },
			'2026-11-21T10:00:00Z',
			'2026-11-24'
		],
		[
			'monthly, last Monday',
			{ frequency: 'monthly', weekOfMonth: -1, days: ['mon'] },
			'2026-11-21T10:00:00Z',
			'2026-11-30'
		],
		[
			'monthly, last Friday in a five-Friday month',
			{ frequency: 'monthly', weekOfMonth: -1, days: ['fri'] },
			'2027-01-01T12:00:00Z',
			'2027-01-29'
		],
		[
			'one-off ahead',
			{ frequency: 'once', days: [], startDate: '2026-12-03' },
			'2026-11-21T10:00:00Z',
			'2026-12-03'
		],
		[
			'one-off in the past',
			{ frequency: 'once', days: [], startDate: '2026-11-20' },
			'2026-11-21T10:00:00Z',
			null
		],
		[
			'one-off earlier today',
			{ frequency: 'once', days: [], startDate: '2026-11-21', startTime: '09:00' },
			'2026-11-21T10:00:00Z',
			null
		]
	])('%s', (_, s, now, expected) => {
		expect(next(s, now)).toBe(expected);
	});

	it.each([
		// 10:00 BST on Saturday 24 October is 09:00Z: a 10:00 session has just begun.
		[
			'the October change: in BST, 09:30Z is 10:30 local',
			'2026-10-24T09:30:00Z',
			'sat',
			'2026-10-31T10:00:00+00:00'
		],
		[
			'the October change: 08:30Z is 09:30 local, before the start',
			'2026-10-24T08:30:00Z',
			'sat',
			'2026-10-24T10:00:00+01:00'
		],
		[
			'the March change: the next Tuesday is in BST',
			'2026-03-28T12:00:00Z',
			'tue',
			'2026-03-31T10:00:00+01:00'
		],
		[
			'the March change: on the day itself',
			'2026-03-29T08:30:00Z',
			'sun',
			'2026-03-29T10:00:00+01:00'
		],
		[
			'the March change: 09:30Z is 10:30 BST, already begun',
			'2026-03-29T09:30:00Z',
			'sun',
			'2026-04-05T10:00:00+01:00'
		]
	] as const)('%s', (_, now, day, start) => {
		const a = activity({ schedule: { sessions: [session({ days: [day] })] } });
		const { results } = rank({ categories: [] }, [a], { now: new Date(now) });
		expect(results[0].nextSession?.start).toBe(start);
	});
});

describe('overlap with free times', () => {
	const moment = toLocalMoment(new Date('2026-11-21T10:00:00Z'));
	it.each<[string, Partial<Session>, number, number]>([
		['morning session, free Tuesday morning', {}, slotBit(1, 'morning'), 1],
		['morning session, free Tuesday afternoon', {}, slotBit(1, 'afternoon'), 0],
		[
			'11:00–13:00 touches the afternoon',
			{ startTime: '11:00', endTime: '13:00' },
			slotBit(1, 'afternoon'),
			1
		],
		[
			'17:00 start is the evening',
			{ startTime: '17:00', endTime: '19:00' },
			slotBit(1, 'evening'),
			1
		],
		[
			'fortnightly fits a little less',
			{ frequency: 'fortnightly', startDate: '2026-11-17' },
			slotBit(1, 'morning'),
			0.85
		],
		['no free times given: any time', {}, 0, 1],
		[
			'15:00–18:00 is not an evening session',
			{ startTime: '15:00', endTime: '18:00' },
			slotBit(1, 'evening'),
			0
		],
		[
			'15:00–18:00 suits the afternoon',
			{ startTime: '15:00', endTime: '18:00' },
			slotBit(1, 'afternoon'),
			1
		],
		[
			'a long drop-in suits a free morning',
			{ startTime: '10:00', endTime: '16:00' },
			slotBit(1, 'morning'),
			1
		],
		[
			'a late afternoon start just before the evening',
			{ startTime: '16:30', endTime: '18:00' },
			slotBit(1, 'evening'),
			1
		],
		[
			'a free slot on another day does not count',
			{},
			slotBit(2, 'morning') | slotBit(1, 'evening'),
			0
		]
	])('%s', (_, s, availability, fit) => {
		const view = viewSchedule(compileSchedule({ sessions: [session(s)] }), moment, availability);
		expect(view.fit).toBe(fit);
	});

	it('names every part of the day a session spans', () => {
		const [compiled] = compileSchedule({
			sessions: [session({ startTime: '15:00', endTime: '18:00' })]
		});
		expect(compiled.parts).toEqual(['afternoon', 'evening']);
	});

	it('shows the next session the person can go to, and says it is when they are free', () => {
		const sessions = compileSchedule({
			sessions: [
				session({ days: ['mon'] }),
				session({ days: ['sat'], startTime: '18:00', endTime: '20:00' })
			]
		});
		const monday = toLocalMoment(new Date('2026-11-23T08:00:00Z'));
		const free = viewSchedule(sessions, monday, slotBit(5, 'evening'));
		expect(dateFromDay(free.next!.day)).toBe('2026-11-28');
		expect(free.isNextWhenFree).toBe(true);
		const any = viewSchedule(sessions, monday, 0);
		expect(dateFromDay(any.next!.day)).toBe('2026-11-23');
		expect(any.isNextWhenFree).toBe(false);
	});
});
