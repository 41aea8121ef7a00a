import { describe, expect, it } from 'vitest';
import type { Schedule } from '../directory/model';
import { sessionWhen } from '../format/results';
import { isListingStale, rank, TUNING, upcomingSessions } from './index';
import { NOW, activity } from './testing/builders';

const tuesdays: Schedule = {
	sessions: [{ frequency: 'weekly', days: ['tue'], startTime: '10:00', endTime: '12:00' }]
};

describe('upcomingSessions', () => {
	it('lists the next sessions across all of an activity’s sessions, earliest first', () => {
		const schedule: Schedule = {
			sessions: [
				...tuesdays.sessions,
				{ frequency: 'weekly', days: ['sat'], startTime: '18:00', endTime: '19:00' }
			]
		};
		const sessions = upcomingSessions({ schedule }, { from: NOW, count: 4 });
		expect(sessions.map((s) => sessionWhen(s))).toEqual([
			'today 18:00',
			'Tuesday 10:00',
			'Saturday 28 November 18:00',
			'Tuesday 1 December 10:00'
		]);
		expect(sessions[1]).toEqual({
			start: '2026-11-24T10:00:00+00:00',
			end: '2026-11-24T12:00:00+00:00',
			date: '2026-11-24',
			weekday: 'tue',
			startTime: '10:00',
			endTime: '12:00',
			daysAhead: 3
		});
	});

	it('gives three by default, and none for a listing without sessions', () => {
		expect(upcomingSessions({ schedule: tuesdays }, { from: NOW })).toHaveLength(3);
		expect(upcomingSessions({ schedule: { sessions: [], note: 'Ring for dates' } })).toEqual([]);
	});

	it('agrees with the next session the ranking gives', () => {
		const one = activity({ schedule: tuesdays });
		const [ranked] = rank({ categories: [] }, [one], { now: NOW }).results;
		expect(upcomingSessions(one, { from: NOW, count: 1 })).toEqual([ranked.nextSession]);
	});
});

describe('stale listings', () => {
	it('are those not reviewed for over a year, on the activity page and in the results', () => {
		expect(TUNING.STALE_LISTING_DAYS).toBe(365);

		for (const [reviewed, isStale] of [
			['2025-11-21', false],
			['2025-11-20', true]
		] as const) {
			expect(isListingStale(reviewed, NOW)).toBe(isStale);
			const [result] = rank({ categories: [] }, [activity({ lastReviewed: reviewed })], {
				now: NOW
			}).results;
			expect(result.cautions.some((c) => c.code === 'stale-listing')).toBe(isStale);
		}
	});
});
