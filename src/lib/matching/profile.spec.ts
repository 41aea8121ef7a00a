import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problems';
import { parseProfile } from './profile';

describe('parseProfile', () => {
	it('accepts the DESIGN.md example and fills categories when missing', () => {
		const full = {
			categories: ['meeting-people', 'arts-crafts'],
			text: 'knitting',
			origin: { lat: 53.45, lng: -2.22 },
			maxDistanceKm: 3,
			online: 'include',
			availability: [{ day: 'tue', part: 'morning' }],
			maxCost: 'free',
			access: ['step-free'],
			age: 72,
			languages: ['ur']
		};
		expect(parseProfile(full)).toEqual({ ok: true, value: full });
		expect(parseProfile({})).toEqual({ ok: true, value: { categories: [] } });
	});

	it.each([
		[{ categories: ['knitting'] }, 'categories.0', 'Choose categories from the list'],
		[{ categories: ['food', 'food'] }, 'categories.1', 'Each category can be chosen once'],
		[{ age: -1 }, 'age', 'An age cannot be below 0'],
		[{ age: '70' }, 'age', 'Give an age in years'],
		[{ maxDistanceKm: 0 }, 'maxDistanceKm', 'A distance must be more than 0 km'],
		[{ online: 'sometimes' }, 'online', 'Choose "include", "only" or "exclude" for online'],
		[{ maxCost: 'cheap' }, 'maxCost', 'Choose "free", "low" or "any" for cost'],
		[{ origin: { lat: 95, lng: 0 } }, 'origin.lat', 'A latitude is between -90 and 90'],
		[
			{ availability: [{ day: 'tues', part: 'morning' }] },
			'availability.0.day',
			'Choose a day: mon, tue, wed, thu, fri, sat or sun'
		],
		[
			{ availability: [{ day: 'tue', part: 'night' }] },
			'availability.0.part',
			'Choose a part of the day: morning, afternoon or evening'
		],
		[{ access: ['lift'] }, 'access.0', 'Choose access needs from the list'],
		[{ languages: ['Arabic'] }, 'languages.0', 'Give languages as two-letter codes, like "ar"']
	])('rejects %j with a clear message', (input, path, message) => {
		const result = parseProfile(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(problemText(result.errors[path], 'en')).toBe(message);
	});

	it.each([null, [], 'profile', 3])('rejects %j, which is not an object', (input) => {
		const result = parseProfile(input);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(problemText(result.errors[''], 'en')).toBe('A profile must be a JSON object');
	});
});
