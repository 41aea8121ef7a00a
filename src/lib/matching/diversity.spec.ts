import { describe, expect, it } from 'vitest';
import { diversify } from './diversity';
import { rank } from './matcher';
import { NOW, activity } from './testing/builders';

describe('diversity', () => {
	it('spreads the top across organisations', () => {
		const busy = { id: 'org-busy', name: 'Busy Trust' };
		const directory = [
			...Array.from({ length: 6 }, (_, i) =>
				activity({ name: `Busy group ${i}`, organisation: busy, cost: { kind: 'free' } })
			),
			...Array.from({ length: 3 }, (_, i) =>
				activity({
					name: `Other group ${i}`,
					organisation: { id: `org-${i}`, name: `Other ${i}` },
					cost: { kind: 'paid', amount: 2, per: 'session' }
				})
			)
		];
		const { results } = rank({ categories: ['arts-crafts'] }, directory, { now: NOW });
		const topFive = results.slice(0, 5).map((r) => r.activity.organisation.id);
		expect(topFive.filter((id) => id === busy.id).length).toBeLessThanOrEqual(3);
		expect(new Set(topFive).size).toBeGreaterThanOrEqual(3);
	});

	it('balances the chosen categories', () => {
		const directory = [
			...Array.from({ length: 6 }, (_, i) =>
				activity({
					name: `Craft ${i}`,
					categories: ['arts-crafts'],
					organisation: { id: `craft-${i}`, name: `Craft ${i}` }
				})
			),
			...Array.from({ length: 3 }, (_, i) =>
				activity({
					name: `Walk ${i}`,
					categories: ['being-active'],
					organisation: { id: `walk-${i}`, name: `Walk ${i}` }
				})
			)
		];
		const { results } = rank({ categories: ['arts-crafts', 'being-active'] }, directory, {
			now: NOW
		});
		const topFive = results.slice(0, 5).map((r) => r.activity.categories[0]);
		expect(topFive).toContain('being-active');
		expect(topFive[0]).toBe('arts-crafts');
	});

	it.each([
		['one organisation', ['a', 'a', 'a', 'b'], [0.9, 0.89, 0.88, 0.87], ['a', 'b', 'a', 'a']],
		['different organisations keep their order', ['a', 'b', 'c'], [0.9, 0.8, 0.7], ['a', 'b', 'c']]
	])('re-ranks %s and keeps scores falling', (_, orgs, scores, expected) => {
		const candidates = orgs.map((organisationId, i) => ({
			organisationId,
			score: scores[i],
			served: -1
		}));
		const out = diversify(candidates, 1);
		expect(out.map((o) => o.item.organisationId)).toEqual(expected);
		for (let i = 1; i < out.length; i++) expect(out[i].score).toBeLessThanOrEqual(out[i - 1].score);
	});
});
