import { describe, expect, it } from 'vitest';
import { parseProfile } from '../matching';
import { emptyAnswers, moveUp, reviveAnswers, toggleCategory, type Answers } from './answers';
import { fromProfile, toAvailability, toProfile } from './profile';
import { isPostcodeShape, tidyPostcode } from './postcode';
import { nextStep, previousStep, resumeStep, STEPS } from './steps';

const answers = (overrides: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...overrides });
const here = { lat: 54.9728, lng: -1.6438 };

describe('toProfile', () => {
	const cases: [string, Partial<Answers>, object][] = [
		['nothing answered', {}, { categories: [] }],
		[
			'categories keep their order of importance',
			{ categories: ['arts-crafts', 'meeting-people'] },
			{ categories: ['arts-crafts', 'meeting-people'] }
		],
		['blank words are left out', { text: '   ' }, { categories: [] }],
		['words are trimmed', { text: ' knitting ' }, { categories: [], text: 'knitting' }],
		[
			'a postcode becomes an origin (the postcode itself stays behind)',
			{ place: { kind: 'postcode', postcode: 'NE4 6SH', district: 'NE4', ...here } },
			{ categories: [], origin: here }
		],
		[
			'a neighbourhood becomes an origin',
			{ place: { kind: 'neighbourhood', name: 'Elswick', ...here }, distanceKm: 3 },
			{ categories: [], origin: here, maxDistanceKm: 3 }
		],
		['online only', { online: 'only' }, { categories: [], online: 'only' }],
		['"include" is the default, so left out', { online: 'include' }, { categories: [] }],
		['any cost is the default', { cost: 'any' }, { categories: [] }],
		['free only', { cost: 'free' }, { categories: [], maxCost: 'free' }],
		[
			'access needs and age',
			{ access: ['step-free', 'hearing-loop'], age: 72 },
			{ categories: [], access: ['step-free', 'hearing-loop'], age: 72 }
		],
		[
			'a grid of their own, in week order',
			{
				customTimes: [
					{ day: 'tue', part: 'morning' },
					{ day: 'mon', part: 'morning' }
				]
			},
			{
				categories: [],
				availability: [
					{ day: 'mon', part: 'morning' },
					{ day: 'tue', part: 'morning' }
				]
			}
		],
		[
			'weekday evenings and weekends add up, they do not multiply',
			{ times: ['weekday-evenings', 'weekends'] },
			{
				categories: [],
				availability: [
					...(['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
						day,
						part: 'evening'
					})),
					...(['sat', 'sun'] as const).flatMap((day) =>
						(['morning', 'afternoon', 'evening'] as const).map((part) => ({ day, part }))
					)
				]
			}
		],
		[
			'what they said of themselves',
			{ carer: false, youngChildren: true, singleSexGroups: 'women' },
			{ categories: [], carer: false, youngChildren: true, singleSexGroups: 'women' }
		]
	];
	it.each(cases)('%s', (_name, given, expected) => {
		const profile = toProfile(answers(given));
		expect(profile).toEqual(expected);
		expect(parseProfile(profile).ok).toBe(true);
	});
});

describe('toAvailability', () => {
	it('is empty (any time) when nothing is chosen', () => {
		expect(toAvailability([], null)).toEqual([]);
		expect(toAvailability([], [])).toEqual([]);
	});
	it('takes what each choice stands for', () => {
		expect(toAvailability(['weekends'], null)).toHaveLength(6);
		expect(toAvailability(['weekday-daytimes'], null)).toHaveLength(10);
		expect(toAvailability(['weekday-evenings'], [{ day: 'mon', part: 'evening' }])).toHaveLength(5);
	});
	it('is any time when every slot is chosen', () => {
		expect(toAvailability(['weekday-daytimes', 'weekday-evenings', 'weekends'], null)).toEqual([]);
	});
});

describe('fromProfile', () => {
	it('reads back what toProfile wrote', () => {
		const given = answers({
			categories: ['food', 'money-advice'],
			text: 'debt',
			distanceKm: 5,
			times: ['weekends'],
			customTimes: [
				{ day: 'wed', part: 'afternoon' },
				{ day: 'wed', part: 'evening' }
			],
			carer: true,
			cost: 'free',
			access: ['quiet-space'],
			age: 40
		});
		const round = fromProfile(toProfile(given));
		expect(toProfile(round)).toEqual(toProfile(given));
	});
	it('reads free times back as the choices they cover, and a grid for the rest', () => {
		const round = fromProfile({
			categories: [],
			availability: [...toAvailability(['weekday-evenings'], null), { day: 'sat', part: 'morning' }]
		});
		expect(round.times).toEqual(['weekday-evenings']);
		expect(round.customTimes).toEqual([{ day: 'sat', part: 'morning' }]);
	});
});

describe('choosing and ordering categories', () => {
	it('adds ticked categories at the end and removes unticked ones', () => {
		let chosen = toggleCategory([], 'food', true);
		chosen = toggleCategory(chosen, 'housing', true);
		expect(chosen).toEqual(['food', 'housing']);
		expect(toggleCategory(chosen, 'food', false)).toEqual(['housing']);
	});
	it('moves one up, and leaves the first where it is', () => {
		expect(moveUp(['food', 'housing', 'work'], 'work')).toEqual(['food', 'work', 'housing']);
		expect(moveUp(['food', 'housing'], 'food')).toEqual(['food', 'housing']);
	});
});

describe('reviveAnswers', () => {
	it('gives empty answers for nothing or nonsense', () => {
		expect(reviveAnswers(undefined)).toEqual(emptyAnswers());
		expect(reviveAnswers('x')).toEqual(emptyAnswers());
	});
	it('fills missing lists', () => {
		expect(reviveAnswers({ age: 30 })).toEqual({ ...emptyAnswers(), age: 30 });
	});
	it('reads free times kept the old way (days × parts) as a grid of their own', () => {
		const revived = reviveAnswers({ days: ['sat'], parts: ['evening'] });
		expect(revived.customTimes).toEqual([{ day: 'sat', part: 'evening' }]);
		expect(revived).not.toHaveProperty('days');
	});
});

describe('steps', () => {
	it('has at most eight', () => {
		expect(STEPS.length).toBeLessThanOrEqual(8);
	});
	it('walks forwards and back', () => {
		expect(nextStep('feeling')).toBe('interests');
		expect(previousStep('feeling')).toBeNull();
		expect(nextStep('about-you')).toBeNull();
	});
	it('resumes at the first step not seen', () => {
		expect(resumeStep([])).toBe('feeling');
		expect(resumeStep(['feeling', 'interests'])).toBe('words');
		expect(resumeStep([...STEPS])).toBeNull();
	});
});

describe('postcodes', () => {
	it.each([
		['ne46sh', 'NE4 6SH', true],
		[' NE15 7HD ', 'NE15 7HD', true],
		['hello', 'HE LLO', false],
		['NE4', 'NE4', false]
	])('%s', (input, tidy, shape) => {
		expect(tidyPostcode(input)).toBe(tidy);
		expect(isPostcodeShape(input)).toBe(shape);
	});
});
