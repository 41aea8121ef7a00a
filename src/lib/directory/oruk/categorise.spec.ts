import { describe, expect, it } from 'vitest';
import { categorise, categoriesFromTerms } from './categorise';

describe('categorise', () => {
	it('trusts Waymark terms first, ignoring unknown ones', () => {
		const result = categorise({
			waymarkTerms: ['food', 'karate', 'food'],
			otherTerms: ['Debt advice'],
			name: 'Walking football',
			description: ''
		});
		expect(result).toEqual({ categories: ['food'], decided: 'waymark-term' });
	});

	it('falls back to other taxonomies, then to text, then to none', () => {
		const base = { waymarkTerms: [], otherTerms: [], name: '', description: '' };
		expect(categorise({ ...base, otherTerms: ['Debt advice'], name: 'Choir' }).decided).toBe(
			'other-taxonomy'
		);
		expect(categorise({ ...base, name: 'Community choir' })).toEqual({
			categories: ['music-singing'],
			decided: 'text'
		});
		expect(categorise({ ...base, name: 'Service 12' })).toEqual({
			categories: [],
			decided: 'none'
		});
	});
});

describe('categoriesFromTerms', () => {
	it.each([
		[['Debt advice'], ['money-advice']],
		[['Befriending'], ['meeting-people']],
		[['Befreinding'], ['meeting-people']],
		[['Food banks'], ['food']],
		[['Carers - support'], ['carers']],
		[['Physical activity', 'Sports'], ['being-active']],
		[['Arts and crafts'], ['arts-crafts']],
		[['Bereavement support'], ['bereavement']],
		[['Dementia'], ['memory-dementia']],
		[['Gardening'], ['nature-gardening']],
		[['Advice and guidance'], []],
		[['Organisation type: charity'], []]
	])('reads %j', (terms, expected) => {
		expect(categoriesFromTerms(terms)).toEqual(expected);
	});
});

describe('a deployment’s own words', () => {
	const extra = { 'meeting-people': ['blether'] };

	it('are read beside the shared vocabulary', () => {
		const input = { waymarkTerms: [], otherTerms: [], name: 'Blether', description: '' };
		expect(categorise(input).decided).toBe('none');
		expect(categorise(input, { vocabulary: extra })).toEqual({
			categories: ['meeting-people'],
			decided: 'text'
		});
		expect(categoriesFromTerms(['Blether', 'Tea and blether'], extra)).toEqual(['meeting-people']);
	});
});
