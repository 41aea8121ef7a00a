import { describe, expect, it } from 'vitest';
import { isStale, readableDate, upcomingDates } from './activity-dates';

const NOW = new Date('2026-11-21T10:00:00Z'); // Saturday

describe('upcomingDates', () => {
	it('lists the next three weekly sessions in order', () => {
		const dates = upcomingDates(
			{ sessions: [{ frequency: 'weekly', days: ['tue'], startTime: '10:00', endTime: '12:00' }] },
			NOW
		);
		expect(dates).toEqual([
			'Tuesday 24 November, 10:00 to 12:00',
			'Tuesday 1 December, 10:00 to 12:00',
			'Tuesday 8 December, 10:00 to 12:00'
		]);
	});
	it('is empty with no sessions', () => {
		expect(upcomingDates({ sessions: [], note: 'Ring for dates' }, NOW)).toEqual([]);
	});
});

describe('isStale', () => {
	it.each([
		['2026-10-01', false],
		['2025-11-22', false],
		['2025-11-20', true],
		[null, true]
	])('%s → %s', (date, stale) => {
		expect(isStale(date, NOW)).toBe(stale);
	});
});

it('writes dates the British way', () => {
	expect(readableDate('2026-03-03')).toBe('3 March 2026');
});
