import { describe, expect, it } from 'vitest';
import { categorise, categoriesFromTerms, categoriesFromText } from './categorise';

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

describe('categoriesFromText', () => {
	it.each([
		['Knit and natter', 'A friendly knitting group.', ['arts-crafts']],
		['Knittng club', '', ['arts-crafts']],
		['Walking football', 'For men over 50.', ['being-active']],
		[
			'Community Counselling',
			'Counselling for people with anxiety, depression or low mood.',
			['mental-wellbeing']
		],
		['Coffee morning', 'Meet people over a cuppa.', ['meeting-people']],
		['Open session', 'We work with people in the community.', []],
		[
			'Singing for the Brain',
			'For people living with dementia.',
			['music-singing', 'memory-dementia']
		]
	])('reads %j', (name, description, expected) => {
		expect(categoriesFromText(name, description)).toEqual(expected);
	});
});

describe('a deployment’s own words', () => {
	const extra = { 'meeting-people': ['blether'] };

	it('are read beside the shared vocabulary', () => {
		const input = { waymarkTerms: [], otherTerms: [], name: 'Blether', description: '' };
		expect(categorise(input).decided).toBe('none');
		expect(categorise(input, extra)).toEqual({ categories: ['meeting-people'], decided: 'text' });
		expect(categoriesFromTerms(['Blether', 'Tea and blether'], extra)).toEqual(['meeting-people']);
	});
});
