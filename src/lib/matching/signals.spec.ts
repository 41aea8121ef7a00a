import { describe, expect, it } from 'vitest';
import type { Activity } from '../directory/model';
import { rank } from './matcher';
import type { NeedsProfile } from './profile';
import { HERE, NOW, activity, names, venueAt } from './testing/builders';

const weekly = (day: 'tue' | 'thu', startTime = '10:00'): Activity['schedule'] => ({
	sessions: [{ frequency: 'weekly', days: [day], startTime, endTime: '12:00' }]
});

/** Each row: a profile and two activities alike but for one thing; the first must win. */
describe('soft signals move the order the expected way', () => {
	it.each<[string, Partial<NeedsProfile>, Partial<Activity>, Partial<Activity>]>([
		[
			'first choice over second choice',
			{ categories: ['arts-crafts', 'meeting-people'] },
			{ categories: ['arts-crafts'] },
			{ categories: ['meeting-people'] }
		],
		[
			'a chosen category over none',
			{ categories: ['food'] },
			{ categories: ['food'] },
			{ categories: ['arts-crafts'] }
		],
		[
			'two wanted categories over one',
			{ categories: ['arts-crafts', 'meeting-people'] },
			{ categories: ['arts-crafts', 'meeting-people'] },
			{ categories: ['arts-crafts'] }
		],
		['words in the name', { text: 'pottery' }, { name: 'Pottery club' }, { name: 'Clay club' }],
		['nearer', { origin: HERE }, { venues: [venueAt(0.5)] }, { venues: [venueAt(3)] }],
		[
			'a far better fit within the limit',
			{ categories: ['music-singing'], origin: HERE },
			{ categories: ['music-singing'], venues: [venueAt(4.5)] },
			{ categories: ['being-active'], venues: [venueAt(0.3)] }
		],
		[
			'when the person is free',
			{ availability: [{ day: 'tue', part: 'morning' }] },
			{ schedule: weekly('tue') },
			{ schedule: weekly('thu') }
		],
		[
			'weekly over monthly when free',
			{ availability: [{ day: 'tue', part: 'morning' }] },
			{ schedule: weekly('tue') },
			{
				schedule: {
					sessions: [
						{
							frequency: 'monthly',
							days: ['tue'],
							weekOfMonth: 1,
							startTime: '10:00',
							endTime: '12:00'
						}
					]
				}
			}
		],
		[
			'free over paid',
			{},
			{ cost: { kind: 'free' } },
			{ cost: { kind: 'paid', amount: 3, per: 'session' } }
		],
		[
			'cheap over dear',
			{},
			{ cost: { kind: 'paid', amount: 3, per: 'session' } },
			{ cost: { kind: 'paid', amount: 12, per: 'session' } }
		],
		['open over waiting list', {}, { capacity: 'open' }, { capacity: 'waitlist' }],
		['waiting list over full', {}, { capacity: 'waitlist' }, { capacity: 'full' }],
		['reviewed lately', {}, { lastReviewed: '2026-09-01' }, { lastReviewed: '2024-06-01' }],
		[
			'run in the language asked for',
			{ languages: ['ar'] },
			{ languages: ['en', 'ar'] },
			{ languages: ['en'] }
		],
		[
			'upcoming over past one-off',
			{},
			{ schedule: weekly('tue') },
			{
				schedule: {
					sessions: [
						{
							frequency: 'once',
							days: [],
							startDate: '2026-11-01',
							startTime: '10:00',
							endTime: '12:00'
						}
					]
				}
			}
		]
	])('%s', (_, profile, better, worse) => {
		const a = activity({ name: 'Better', ...better });
		const b = activity({ name: 'Worse', ...worse });
		for (const directory of [
			[a, b],
			[b, a]
		]) {
			const { results } = rank({ categories: [], ...profile }, directory, { now: NOW });
			expect(names(results)).toEqual([a.name, b.name]);
			expect(results[0].score).toBeGreaterThan(results[1].score);
		}
	});

	it('keeps scores within 0–1 and never rising down the list', () => {
		const directory = Array.from({ length: 12 }, (_, i) =>
			activity({
				name: `Group ${i}`,
				venues: [venueAt(i * 0.4)],
				capacity: i % 3 ? 'open' : 'full'
			})
		);
		const { results } = rank({ categories: ['arts-crafts'], origin: HERE }, directory, {
			now: NOW
		});
		for (const [i, r] of results.entries()) {
			expect(r.score).toBeGreaterThanOrEqual(0);
			expect(r.score).toBeLessThanOrEqual(1);
			if (i > 0) expect(r.score).toBeLessThanOrEqual(results[i - 1].score);
		}
	});
});

describe('ties', () => {
	it('break by name, then id, whatever the input order', () => {
		const twins = [
			activity({ name: 'Coffee morning', id: 'b' }),
			activity({ name: 'Coffee morning', id: 'a' }),
			activity({ name: 'Art club', id: 'c' })
		];
		for (const directory of [twins, [...twins].reverse()]) {
			const { results } = rank({ categories: [] }, directory, { now: NOW });
			expect(results.map((r) => r.id)).toEqual(['c', 'a', 'b']);
		}
	});
});
