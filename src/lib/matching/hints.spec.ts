import { describe, expect, it } from 'vitest';
import { rank } from './matcher';
import type { NeedsProfile } from './profile';
import { HERE, NOW, activity, venueAt } from './testing/builders';

const near = activity({ name: 'Near', venues: [venueAt(1)] });
const farA = activity({ name: 'Far A', venues: [venueAt(6)] });
const farB = activity({ name: 'Far B', venues: [venueAt(7.5)] });
const farC = activity({ name: 'Far C', venues: [venueAt(12)] });
const paid = activity({
	name: 'Paid',
	venues: [venueAt(1)],
	cost: { kind: 'paid', amount: 4, per: 'session' }
});
const dear = activity({
	name: 'Dear',
	venues: [venueAt(1)],
	cost: { kind: 'paid', amount: 9, per: 'session' }
});
const stepped = activity({
	name: 'Stepped',
	venues: [venueAt(1, { access: { 'step-free': false } })]
});
const onlineOnly = activity({ name: 'Online', venues: [], online: true });
const closed = activity({ name: 'Closed', venues: [venueAt(1)], status: 'temporarily closed' });

const directory = [near, farA, farB, farC, paid, dear, stepped, onlineOnly, closed];

function hints(profile: Partial<NeedsProfile>) {
	return rank({ categories: [], origin: HERE, ...profile }, directory, { now: NOW });
}

describe('thin results', () => {
	it('says how many more a wider search would find, never returning them', () => {
		const result = hints({
			maxDistanceKm: 2,
			maxCost: 'free',
			access: ['step-free'],
			online: 'exclude'
		});
		expect(result.results.map((r) => r.activity.name)).toEqual(['Near']);
		expect(result.total).toBe(1);
		expect(result.hints).toEqual([
			{ rule: 'distance', extra: 2, value: 8, nearestKm: expect.closeTo(6, 1) },
			{ rule: 'cost', extra: 1, value: 'low', minPounds: 4, maxPounds: 4 },
			{ rule: 'online', extra: 1, value: 'include', from: 'exclude' },
			{ rule: 'access', extra: 1, value: ['step-free'] }
		]);
	});

	it.each<[string, Partial<NeedsProfile>, object]>([
		[
			'paid, when even "low" adds none',
			{ maxDistanceKm: 2, maxCost: 'free', online: 'exclude' },
			{ rule: 'cost', value: 'low' }
		],
		['in person, for online only', { online: 'only' }, { rule: 'online', extra: 4, from: 'only' }]
	])('offers %s', (_, profile, hint) => {
		expect(hints(profile).hints).toContainEqual(expect.objectContaining(hint));
	});

	it('gives no hints when there are enough results', () => {
		expect(hints({}).hints).toEqual([]);
	});

	it('never counts a closed activity', () => {
		const all = hints({ maxDistanceKm: 0.1, online: 'exclude' }).hints;
		const distance = all.find((h) => h.rule === 'distance');
		expect(distance?.extra).toBeLessThanOrEqual(6);
	});
});
