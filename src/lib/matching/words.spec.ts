import { describe, expect, it } from 'vitest';
import { rank } from './matcher';
import { NOW, activity, names } from './testing/builders';
import { categoriesFromWords } from './vocabulary';

const directory = [
	activity({
		name: 'Knit and natter',
		categories: ['arts-crafts'],
		keywords: ['knitting']
	}),
	activity({
		name: 'Community garden',
		summary: 'Grow vegetables with neighbours.',
		categories: ['nature-gardening'],
		keywords: ['gardening', 'allotment']
	}),
	activity({
		name: 'Lunch club',
		summary: 'A hot meal and good company.',
		categories: ['meeting-people'],
		keywords: []
	}),
	activity({
		name: 'Money advice surgery',
		summary: 'Help with bills and benefits.',
		categories: ['money-advice'],
		keywords: ['debt']
	}),
	activity({
		name: 'Diabetes education',
		summary: 'Learn to manage type 2 diabetes.',
		categories: ['health-conditions', 'healthy-eating'],
		keywords: []
	}),
	activity({
		name: 'Wellbeing cafe',
		summary: 'A calm space to talk.',
		categories: ['mental-wellbeing'],
		keywords: []
	}),
	activity({
		name: 'Heart health walk',
		summary: 'Gentle walks.',
		categories: ['being-active'],
		keywords: ['walking']
	})
];

describe('a person’s own words', () => {
	it.each([
		['knitting', 'Knit and natter'],
		['knittin', 'Knit and natter'],
		['gardning', 'Community garden'],
		['vegetables', 'Community garden'],
		['lonely', 'Lunch club'],
		['I feel lonley', 'Lunch club'],
		['debt', 'Money advice surgery'],
		['rent arears', 'Money advice surgery'],
		['my diabetes', 'Diabetes education'],
		['feeling low', 'Wellbeing cafe']
	])('"%s" puts %s first', (text, expected) => {
		const { results } = rank({ categories: [], text }, directory, { now: NOW });
		expect(names(results)[0]).toBe(expected);
	});

	it.each([
		['lonely', 'meeting-people'],
		['debt', 'money-advice'],
		['my diabetes', 'health-conditions'],
		['feeling low', 'mental-wellbeing'],
		['gardning', 'nature-gardening'],
		['I want to lose weight', 'healthy-eating']
	])('reads "%s" as %s', (text, category) => {
		expect(categoriesFromWords(text)[0].category).toBe(category);
	});

	it.each(['smoking', 'angry', 'bowling', 'art'])(
		'does not stretch "%s" to a different word',
		(text) => {
			const words = categoriesFromWords(text).map((hit) => hit.word);
			expect(words.every((word) => word === text)).toBe(true);
		}
	);
});
