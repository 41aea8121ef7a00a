import { describe, expect, it } from 'vitest';
import type { Activity } from '../directory/model';
import { cautionText, reasonText } from '../format/results';
import { rank } from './matcher';
import type { NeedsProfile } from './profile';
import { HERE, NOW, activity, venueAt } from './testing/builders';

/** The one result, with its reasons and cautions in English as the formatter gives them. */
function explained(overrides: Partial<Activity>, profile: Partial<NeedsProfile> = {}) {
	const { results } = rank({ categories: [], ...profile }, [activity(overrides)], { now: NOW });
	const [result] = results;
	return {
		...result,
		reasons: result.reasons.map((reason) => reasonText(reason)),
		cautions: result.cautions.map((c) => cautionText(c))
	};
}

describe('reasons and cautions', () => {
	it('explains a good match in plain English', () => {
		const result = explained(
			{ venues: [venueAt(0.6, { access: { 'step-free': true } })], languages: ['en', 'ur'] },
			{
				categories: ['arts-crafts'],
				text: 'knitting',
				origin: HERE,
				availability: [{ day: 'tue', part: 'morning' }],
				access: ['step-free'],
				languages: ['ur']
			}
		);
		expect(result.reasons).toEqual([
			'Arts and crafts — as you chose',
			'Mentions “knitting”',
			'0.6 km away',
			'Free',
			"Tuesday mornings — when you're free",
			'Next: Tuesday 10:00',
			'Step-free access',
			'Run in Urdu'
		]);
		expect(result.cautions).toEqual([]);
		expect(result.nextSession).toEqual({
			start: '2026-11-24T10:00:00+00:00',
			end: '2026-11-24T12:00:00+00:00',
			date: '2026-11-24',
			weekday: 'tue',
			startTime: '10:00',
			endTime: '12:00',
			daysAhead: 3
		});
	});

	it.each<[string, Partial<Activity>, Partial<NeedsProfile>, string]>([
		['donations', { cost: { kind: 'donation' } }, {}, 'Free (donations welcome)'],
		['a price', { cost: { kind: 'paid', amount: 3.5, per: 'session' } }, {}, '£3.50 a session'],
		['a monthly price', { cost: { kind: 'paid', amount: 10, per: 'month' } }, {}, '£10 a month'],
		['online', { venues: [], online: true }, { origin: HERE }, 'Online'],
		['area-wide', { venues: [], online: false }, { origin: HERE }, 'Covers the whole area'],
		[
			'a word read as a category',
			{ categories: ['money-advice'] },
			{ text: 'debt' },
			'Money — you said “debt”'
		],
		[
			'a session tomorrow',
			{
				schedule: {
					sessions: [{ frequency: 'weekly', days: ['sun'], startTime: '14:00', endTime: '15:00' }]
				}
			},
			{},
			'Next: tomorrow 14:00'
		],
		[
			'a session later today',
			{
				schedule: {
					sessions: [{ frequency: 'weekly', days: ['sat'], startTime: '14:00', endTime: '15:00' }]
				}
			},
			{},
			'Next: today 14:00'
		],
		[
			'a one-off weeks away',
			{
				schedule: {
					sessions: [
						{
							frequency: 'once',
							days: [],
							startDate: '2026-12-15',
							startTime: '18:30',
							endTime: '20:00'
						}
					]
				}
			},
			{},
			'Next: Tuesday 15 December 18:30'
		]
	])('gives a reason for %s', (_, overrides, profile, reason) => {
		expect(explained(overrides, profile).reasons).toContain(reason);
	});

	it.each<[string, Partial<Activity>, Partial<NeedsProfile>, string]>([
		['unknown cost', { cost: { kind: 'unknown' } }, {}, 'Cost not given — check before you go'],
		[
			'unknown access',
			{ venues: [venueAt(1, { access: {} })] },
			{ access: ['step-free'] },
			'Access information not given — check before you go'
		],
		['a waiting list', { capacity: 'waitlist' }, {}, 'Waiting list'],
		['a full group', { capacity: 'full' }, {}, 'Full at the moment'],
		[
			'only past one-offs',
			{
				schedule: {
					sessions: [
						{
							frequency: 'once',
							days: [],
							startDate: '2026-11-20',
							startTime: '10:00',
							endTime: '12:00'
						}
					]
				}
			},
			{},
			'No upcoming dates — check with the group'
		],
		[
			'an ended course',
			{
				schedule: {
					sessions: [
						{
							frequency: 'weekly',
							days: ['mon'],
							startTime: '10:00',
							endTime: '12:00',
							endDate: '2026-11-16'
						}
					]
				}
			},
			{},
			'No upcoming dates — check with the group'
		],
		[
			'times that do not suit',
			{},
			{ availability: [{ day: 'fri', part: 'evening' }] },
			"Not at the times you said you're free"
		],
		[
			'an old listing',
			{ lastReviewed: '2024-11-01' },
			{},
			'Not checked for over a year — contact the group before you go'
		]
	])('gives a caution for %s', (_, overrides, profile, caution) => {
		expect(explained(overrides, profile).cautions).toContain(caution);
	});

	it('gives no caution for what it cannot know about online activities', () => {
		const result = explained({ venues: [], online: true }, { access: ['step-free'] });
		expect(result.cautions).toEqual([]);
	});
});
