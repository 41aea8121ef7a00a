import { describe, expect, it } from 'vitest';
import {
	dateFromDay,
	dayFromDate,
	fromLocal,
	isoWithOffset,
	londonOffsetMinutes,
	toLocalMoment,
	weekdayOf
} from './london-time';

describe('London wall-clock time', () => {
	it.each([
		['2026-03-29T00:59:00Z', '2026-03-29', 59, 0],
		['2026-03-29T01:00:00Z', '2026-03-29', 120, 60],
		['2026-10-25T00:30:00Z', '2026-10-25', 90, 60],
		['2026-10-25T01:30:00Z', '2026-10-25', 90, 0],
		['2026-06-30T23:30:00Z', '2026-07-01', 30, 60]
	])('reads %s as %s at minute %i (offset %i)', (instant, date, minutes, offset) => {
		const moment = toLocalMoment(new Date(instant));
		expect(dateFromDay(moment.day)).toBe(date);
		expect(moment.minutes).toBe(minutes);
		expect(londonOffsetMinutes(new Date(instant))).toBe(offset);
	});

	it.each([
		['2026-03-28', '10:00', '2026-03-28T10:00:00+00:00'],
		['2026-03-29', '10:00', '2026-03-29T10:00:00+01:00'],
		['2026-03-29', '01:30', '2026-03-29T02:30:00+01:00'],
		['2026-10-25', '01:30', '2026-10-25T01:30:00+01:00'],
		['2026-10-25', '10:00', '2026-10-25T10:00:00+00:00']
	])('turns %s %s into %s', (date, time, iso) => {
		const [h, m] = time.split(':').map(Number);
		expect(isoWithOffset(fromLocal(dayFromDate(date), h * 60 + m))).toBe(iso);
	});

	it('counts weekdays from Monday', () => {
		expect(weekdayOf(dayFromDate('2026-11-23'))).toBe(0);
		expect(weekdayOf(dayFromDate('2026-11-24'))).toBe(1);
		expect(weekdayOf(dayFromDate('1970-01-01'))).toBe(3);
	});
});
