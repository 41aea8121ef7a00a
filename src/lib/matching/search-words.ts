/**
 * The directory's own words, as a search box reads them: who an activity is for ("women",
 * "carers", "men's shed"), access ("wheelchair", "hearing loop"), cost ("free") and times
 * ("Saturday", "evening"). These are read as filters or matched against the listing's own
 * fields, never as fuzzy text, so "wheelchair" finds step-free venues and "women" finds
 * groups for women before listings that merely mention them. Words are as `textWords` makes
 * them: lower case, no apostrophes ("men's" is "mens").
 */
import type { Audience } from '../directory/audience';
import type { AccessFeature } from '../directory/categories';
import type { Weekday } from '../directory/model';
import type { DayPart, MaxCost, OnlineChoice } from './profile';

/** Words indexed for each audience term, so a search for them meets the listing's audience. */
export const AUDIENCE_WORDS: Readonly<Record<Audience, readonly string[]>> = Object.freeze({
	women: ['women', 'woman', 'womens', 'ladies', 'female'],
	men: ['men', 'mens', 'man', 'male', 'gents', 'blokes'],
	'older-people': ['older', 'elderly', 'seniors', 'pensioners', 'retired'],
	'young-people': ['youth', 'young', 'teenagers', 'teens', 'teen'],
	'parents-young-children': ['parents', 'parent'],
	carers: ['carer', 'carers', 'caring'],
	'young-carers': ['carer', 'carers', 'young'],
	condition: [],
	'learning-english': ['english', 'esol'],
	bereaved: ['bereaved', 'bereavement', 'grief', 'widow', 'widowed', 'widower'],
	lgbtq: ['lgbt', 'lgbtq', 'gay', 'lesbian', 'bisexual', 'trans', 'queer'],
	community: []
});

/** Words a person may use of themselves that place them in a group. */
export const AUDIENCE_SELF_WORDS: Readonly<Partial<Record<Audience, readonly string[]>>> =
	Object.freeze({
		women: ['women', 'womens', 'ladies'],
		men: ['men', 'mens'],
		'parents-young-children': [
			'toddler',
			'toddlers',
			'baby',
			'babies',
			'tots',
			'newborn',
			'pregnant'
		],
		carers: ['carer', 'carers', 'caring'],
		bereaved: ['bereaved', 'widow', 'widowed', 'widower', 'grieving'],
		'learning-english': ['esol', 'english'],
		lgbtq: AUDIENCE_WORDS.lgbtq
	});

export type SearchFilter =
	| { code: 'access'; feature: AccessFeature }
	| { code: 'cost'; maxCost: Exclude<MaxCost, 'any'> }
	| { code: 'online'; online: Exclude<OnlineChoice, 'include'> }
	| { code: 'day'; days: Weekday[] }
	| { code: 'part'; parts: DayPart[] };

/** Phrases, longest first where one contains another; each is read at most once. */
export const FILTER_PHRASES: readonly [string, SearchFilter][] = [
	['step free', { code: 'access', feature: 'step-free' }],
	['stepfree', { code: 'access', feature: 'step-free' }],
	['no steps', { code: 'access', feature: 'step-free' }],
	['level access', { code: 'access', feature: 'step-free' }],
	['wheelchair accessible', { code: 'access', feature: 'step-free' }],
	['wheelchair', { code: 'access', feature: 'step-free' }],
	['wheelchairs', { code: 'access', feature: 'step-free' }],
	['accessible toilet', { code: 'access', feature: 'accessible-toilet' }],
	['disabled toilet', { code: 'access', feature: 'accessible-toilet' }],
	['hearing loop', { code: 'access', feature: 'hearing-loop' }],
	['induction loop', { code: 'access', feature: 'hearing-loop' }],
	['loop', { code: 'access', feature: 'hearing-loop' }],
	['quiet space', { code: 'access', feature: 'quiet-space' }],
	['quiet room', { code: 'access', feature: 'quiet-space' }],
	['quiet', { code: 'access', feature: 'quiet-space' }],
	['free', { code: 'cost', maxCost: 'free' }],
	['no cost', { code: 'cost', maxCost: 'free' }],
	['cheap', { code: 'cost', maxCost: 'low' }],
	['low cost', { code: 'cost', maxCost: 'low' }],
	['online', { code: 'online', online: 'only' }],
	['in person', { code: 'online', online: 'exclude' }],
	['weekend', { code: 'day', days: ['sat', 'sun'] }],
	['weekends', { code: 'day', days: ['sat', 'sun'] }],
	['weekday', { code: 'day', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
	['weekdays', { code: 'day', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
	...(
		[
			['monday', 'mon'],
			['tuesday', 'tue'],
			['wednesday', 'wed'],
			['thursday', 'thu'],
			['friday', 'fri'],
			['saturday', 'sat'],
			['sunday', 'sun']
		] as const
	).flatMap(([name, day]): [string, SearchFilter][] => [
		[name, { code: 'day', days: [day] }],
		[`${name}s`, { code: 'day', days: [day] }]
	]),
	['daytime', { code: 'part', parts: ['morning', 'afternoon'] }],
	['daytimes', { code: 'part', parts: ['morning', 'afternoon'] }],
	['morning', { code: 'part', parts: ['morning'] }],
	['mornings', { code: 'part', parts: ['morning'] }],
	['afternoon', { code: 'part', parts: ['afternoon'] }],
	['afternoons', { code: 'part', parts: ['afternoon'] }],
	['evening', { code: 'part', parts: ['evening'] }],
	['evenings', { code: 'part', parts: ['evening'] }],
	['tonight', { code: 'part', parts: ['evening'] }],
	['after work', { code: 'part', parts: ['evening'] }]
];
