import { describe, expect, it } from 'vitest';
import { rank } from './matcher';
import { readSearch, searchProfile } from './search-query';
import { HERE, NOW, activity, names, venueAt } from './testing/builders';

describe('reading a search', () => {
	it.each<[string, object, string]>([
		['wheelchair', { access: ['step-free'] }, ''],
		['step-free yoga', { access: ['step-free'], text: 'yoga' }, 'yoga'],
		['hearing loop choir', { access: ['hearing-loop'], text: 'choir' }, 'choir'],
		['free lunch', { maxCost: 'free', text: 'lunch' }, 'lunch'],
		['online bereavement', { online: 'only', text: 'bereavement' }, 'bereavement'],
		["men's shed", { text: 'mens shed' }, 'mens shed']
	])('"%s"', (text, profile, words) => {
		const query = readSearch(text);
		expect(query.words).toBe(words);
		expect(searchProfile(query)).toEqual({ categories: [], ...profile });
	});

	it('reads days and times of day as free times, every day or every part when not said', () => {
		const saturdayEvening = searchProfile(readSearch('saturday evening'));
		expect(saturdayEvening.availability).toEqual([{ day: 'sat', part: 'evening' }]);
		expect(searchProfile(readSearch('weekends')).availability).toHaveLength(6);
		expect(searchProfile(readSearch('mornings')).availability).toHaveLength(7);
	});

	it('searches the whole area from the person’s starting point', () => {
		expect(searchProfile(readSearch('choir'), { origin: HERE })).toMatchObject({
			origin: HERE,
			maxDistanceKm: 50,
			text: 'choir'
		});
	});
});

describe('searching', () => {
	const knit = activity({ name: 'Knit and natter', keywords: ['knitting'], venues: [venueAt(1)] });
	const choir = activity({
		name: 'Community choir',
		summary: 'Sing with others.',
		description: 'All voices welcome.',
		categories: ['music-singing'],
		keywords: [],
		venues: [venueAt(2, { access: { 'step-free': false } })]
	});
	const walk = activity({
		name: 'Walk',
		summary: 'A gentle walk.',
		description: 'Meet at the gate.',
		categories: ['being-active'],
		keywords: [],
		venues: [venueAt(0.5, { access: { 'step-free': true } })]
	});
	const directory = [knit, choir, walk];
	const search = (text: string) =>
		rank(searchProfile(readSearch(text), { origin: HERE }), directory, {
			now: NOW,
			limit: Infinity
		});

	it('finds nothing for a word nobody uses, rather than things that share letters', () => {
		const result = search('chess');
		expect(result.results.filter((r) => r.isWordMatch)).toEqual([]);
	});

	it('reads an access word as the rule, not as text', () => {
		const result = search('wheelchair');
		expect(names(result.results)).not.toContain('Community choir');
		expect(result.results[0].activity.name).toBe('Walk');
	});

	it('finds by the listing’s own words, typos and all', () => {
		expect(
			search('knittin')
				.results.filter((r) => r.isWordMatch)
				.map((r) => r.id)
		).toEqual([knit.id]);
	});
});
