import { describe, expect, it } from 'vitest';
import type { Activity } from '../directory/model';
import { rank } from './matcher';
import type { NeedsProfile } from './profile';
import { HERE, NOW, activity, venueAt } from './testing/builders';

/** A walking group that serves only "being active", at `km` from HERE. */
const walk = (name: string, km: number, overrides: Partial<Activity> = {}) =>
	activity({
		name,
		summary: 'A gentle walk around the park.',
		description: 'Meet at the gate.',
		keywords: ['walking'],
		categories: ['being-active'],
		venues: [venueAt(km)],
		...overrides
	});
const memory = (name: string, km: number, overrides: Partial<Activity> = {}) =>
	activity({
		name,
		summary: 'A singing group for people living with dementia and their carers.',
		description: 'Songs everyone knows, then a cuppa.',
		keywords: ['singing'],
		categories: ['memory-dementia', 'music-singing'],
		venues: [venueAt(km)],
		...overrides
	});

const walks = Array.from({ length: 10 }, (_, i) => walk(`Walk ${i + 1}`, 0.5 + i * 0.2));
const directory = [
	...walks,
	walk('Paid walk', 1, { cost: { kind: 'paid', amount: 3, per: 'session' } }),
	memory('Memory café', 1),
	memory('Paid memory café', 1.5, { cost: { kind: 'paid', amount: 3, per: 'session' } }),
	memory('Far memory café', 6),
	memory('Farther memory café', 7.5),
	memory('Distant memory café', 40)
];

function ranked(profile: Partial<NeedsProfile>, limit = Infinity) {
	return rank({ categories: [], origin: HERE, ...profile }, directory, { now: NOW, limit });
}

describe('fit to what the person asked for', () => {
	it('marks the results that serve a chosen category, and counts only those as fitting', () => {
		const result = ranked({ categories: ['memory-dementia'], maxDistanceKm: 3 });
		expect(result.total).toBe(13);
		expect(result.fitting).toBe(2);
		const fitting = result.results.filter((r) => r.fits).map((r) => r.activity.name);
		expect(fitting.sort()).toEqual(['Memory café', 'Paid memory café']);
		expect(result.results.find((r) => r.activity.name === 'Walk 1')?.fits).toBe(false);
	});

	it('counts fitting results beyond the limit', () => {
		const result = ranked({ categories: ['memory-dementia'], maxDistanceKm: 3 }, 1);
		expect(result.results).toHaveLength(1);
		expect(result.fitting).toBe(2);
	});

	it('lets the person’s own words make a result fit, and says which words matched', () => {
		const result = ranked({ text: 'gentle walkng', maxDistanceKm: 3 });
		const first = result.results.find((r) => r.activity.name === 'Walk 1')!;
		expect(first.fits).toBe(true);
		expect(first.matchedWords).toEqual(['gentle', 'walking']);
		const cafe = result.results.find((r) => r.activity.name === 'Memory café')!;
		expect(cafe).toMatchObject({ fits: false, matchedWords: [] });
	});

	it('lets words alone make a result fit, with no category behind them', () => {
		const result = ranked({ text: 'cuppa', maxDistanceKm: 3 });
		const cafe = result.results.find((r) => r.activity.name === 'Memory café')!;
		expect(cafe).toMatchObject({ fits: true, matchedCategories: [], matchedWords: ['cuppa'] });
		expect(result.fitting).toBe(2);
	});

	it('fits everything when the person chose nothing and said nothing', () => {
		const result = ranked({ maxDistanceKm: 3 });
		expect(result.fitting).toBe(result.total);
		expect(result.results.every((r) => r.fits)).toBe(true);
	});

	it('fits nothing when the person’s words match nothing', () => {
		const result = ranked({ text: 'zqxv', maxDistanceKm: 3 });
		expect(result.total).toBe(13);
		expect(result.fitting).toBe(0);
		expect(result.hints).toEqual([]);
	});
});

describe('thin results, counted over fitting ones', () => {
	it('offers a wider search when many pass the rules but few fit', () => {
		const result = ranked({ categories: ['memory-dementia'], maxDistanceKm: 3 });
		expect(result.total).toBeGreaterThanOrEqual(3);
		expect(result.hints).toEqual([
			{ rule: 'distance', extra: 2, value: 8, nearestKm: expect.closeTo(6, 1) }
		]);
	});

	it('counts only fitting activities a looser rule would add', () => {
		const result = ranked({ categories: ['memory-dementia'], maxDistanceKm: 3, maxCost: 'free' });
		expect(result.fitting).toBe(1);
		expect(result.hints).toEqual([
			{ rule: 'distance', extra: 2, value: 8, nearestKm: expect.closeTo(6, 1) },
			{ rule: 'cost', extra: 1, value: 'low', minPounds: 3, maxPounds: 3 }
		]);
	});

	it('adds exactly what it promised when the person takes the hint', () => {
		const profile = { categories: ['memory-dementia' as const], maxDistanceKm: 1.2 };
		const before = ranked(profile);
		const [hint] = before.hints;
		expect(hint.rule).toBe('distance');
		const after = ranked({ ...profile, maxDistanceKm: Number(hint.value) });
		expect(after.fitting).toBe(before.fitting + hint.extra);
	});

	it('gives no hints once three fit', () => {
		expect(ranked({ categories: ['memory-dementia'], maxDistanceKm: 8 }).hints).toEqual([]);
	});
});
