import { describe, expect, it } from 'vitest';
import { rank } from '$lib/matching';
import { activity, HERE, NOW, venueAt } from '$lib/matching/testing/builders';
import { boundsOf, resultsForMap, splitForMap } from './map-points';

describe('splitForMap', () => {
	const near = venueAt(0.5, { name: 'Near hall' });
	const far = venueAt(2, { name: 'Far hall' });
	const inPerson = activity({ name: 'Choir', venues: [far, near], online: false });
	const online = activity({ name: 'Phone friends', venues: [], online: true });
	const areaWide = activity({ name: 'Home visits', venues: [], online: false });
	const hybridUnsuitable = activity({
		name: 'Hybrid club',
		venues: [venueAt(1, { access: { 'step-free': false } })],
		online: true
	});

	it('maps in-person results at the venue chosen for the person, and lists the rest', () => {
		const { results } = rank(
			{ categories: [], origin: HERE, access: ['step-free'] },
			[inPerson, online, areaWide, hybridUnsuitable],
			{ now: NOW, limit: Infinity }
		);
		const { placed, elsewhere } = splitForMap(results);
		expect(placed.map((p) => [p.ranked.activity.name, p.venue.name])).toEqual([
			['Choir', 'Near hall']
		]);
		expect(elsewhere.map((r) => r.activity.name).sort()).toEqual([
			'Home visits',
			'Hybrid club',
			'Phone friends'
		]);
	});

	it('maps an in-person result at its first venue when no place was given', () => {
		const { results } = rank({ categories: [] }, [inPerson, online], { now: NOW, limit: Infinity });
		const { placed, elsewhere } = splitForMap(results);
		expect(placed.map((p) => p.venue.name)).toEqual(['Far hall']);
		expect(elsewhere.map((r) => r.activity.name)).toEqual(['Phone friends']);
	});

	it('keeps the ranking order on both sides', () => {
		const many = Array.from({ length: 5 }, (_, i) =>
			activity({ name: `Club ${i}`, venues: [venueAt(i + 0.1)], online: false })
		);
		const { results } = rank({ categories: [], origin: HERE }, many, { now: NOW, limit: Infinity });
		expect(splitForMap(results).placed.map((p) => p.ranked.id)).toEqual(results.map((r) => r.id));
	});
});

describe('resultsForMap', () => {
	const hall = venueAt(0.5);
	const choir = activity({ name: 'Choir', categories: ['music-singing'], venues: [hall] });
	const walk = activity({ name: 'Walk', categories: ['being-active'], venues: [hall] });

	it('shows what serves what was asked for, leaving other kinds nearby out', () => {
		const { results } = rank({ categories: ['music-singing'], origin: HERE }, [choir, walk], {
			now: NOW,
			limit: Infinity
		});
		expect(results.map((r) => r.group)).toEqual(['fits', 'other']);
		expect(resultsForMap(results).map((r) => r.activity.name)).toEqual(['Choir']);
	});

	it('shows other kinds when nothing serves what was asked for, as the list does', () => {
		const { results } = rank({ categories: ['housing'], origin: HERE }, [choir, walk], {
			now: NOW,
			limit: Infinity
		});
		expect(resultsForMap(results)).toHaveLength(2);
	});
});

describe('boundsOf', () => {
	it('is the box round every point, or null for none', () => {
		expect(boundsOf([])).toBeNull();
		expect(
			boundsOf([
				{ lat: 54.9, lng: -1.7 },
				{ lat: 55.0, lng: -1.6 },
				{ lat: 54.95, lng: -1.65 }
			])
		).toEqual([
			[54.9, -1.7],
			[55.0, -1.6]
		]);
	});
});
