import { describe, expect, it } from 'vitest';
import type { Audience } from '../directory/audience';
import {
	AUDIENCE_IN,
	AUDIENCE_MAYBE,
	AUDIENCE_OUT,
	audienceStatus,
	personAudience,
	prepareAudience
} from './audience';
import { rank } from './matcher';
import type { NeedsProfile } from './profile';
import { NOW, activity, names } from './testing/builders';

const nothing = { wants: () => false, says: () => false };
function status(terms: Audience[], profile: Partial<NeedsProfile>, languages = ['en']) {
	const person = personAudience({ categories: [], ...profile }, nothing);
	return audienceStatus(prepareAudience(terms, languages), person);
}

describe('who an activity is for, and who the person said they are', () => {
	it.each<[string, Audience[], Partial<NeedsProfile>, number]>([
		['everyone is for everyone', [], { singleSexGroups: 'none' }, AUDIENCE_IN],
		['women-only, nothing said', ['women'], {}, AUDIENCE_MAYBE],
		['women-only, asked for women’s groups', ['women'], { singleSexGroups: 'women' }, AUDIENCE_IN],
		['women-only, asked for men’s groups', ['women'], { singleSexGroups: 'men' }, AUDIENCE_OUT],
		['women-only, asked for neither', ['women'], { singleSexGroups: 'none' }, AUDIENCE_OUT],
		['for women and men alike', ['women', 'men'], { singleSexGroups: 'none' }, AUDIENCE_IN],
		[
			'under-5s, no young children',
			['parents-young-children'],
			{ youngChildren: false },
			AUDIENCE_OUT
		],
		[
			'under-5s, with young children',
			['parents-young-children'],
			{ youngChildren: true },
			AUDIENCE_IN
		],
		['under-5s, not said', ['parents-young-children'], {}, AUDIENCE_MAYBE],
		['carers, not a carer', ['carers'], { carer: false }, AUDIENCE_OUT],
		['carers, a carer', ['carers'], { carer: true, age: 60 }, AUDIENCE_IN],
		['carers, a carer of 14', ['carers'], { carer: true, age: 14 }, AUDIENCE_MAYBE],
		['young carers, a carer of 14', ['young-carers'], { carer: true, age: 14 }, AUDIENCE_IN],
		['young carers, a carer of 40', ['young-carers'], { carer: true, age: 40 }, AUDIENCE_OUT],
		['older people, 34', ['older-people'], { age: 34 }, AUDIENCE_OUT],
		['older people, 78', ['older-people'], { age: 78 }, AUDIENCE_IN],
		['young people, 52', ['young-people'], { age: 52 }, AUDIENCE_OUT],
		['dementia and their carers, a carer', ['condition', 'carers'], { carer: true }, AUDIENCE_IN],
		[
			'dementia and their carers, not a carer',
			['condition', 'carers'],
			{ carer: false },
			AUDIENCE_MAYBE
		],
		[
			'women over 50, a woman of 30',
			['women', 'older-people'],
			{ singleSexGroups: 'women', age: 30 },
			AUDIENCE_OUT
		],
		[
			'women over 50, a woman of 60',
			['women', 'older-people'],
			{ singleSexGroups: 'women', age: 60 },
			AUDIENCE_IN
		],
		['learning English, speaks Arabic', ['learning-english'], { languages: ['ar'] }, AUDIENCE_IN]
	])('%s', (_, terms, profile, expected) => {
		expect(status(terms, profile)).toBe(expected);
	});

	it('counts a person of the community an activity runs in a language of theirs', () => {
		expect(status(['community'], { languages: ['pl'] }, ['en', 'pl'])).toBe(AUDIENCE_IN);
		expect(status(['community'], { languages: ['pl'] }, ['en', 'ro'])).toBe(AUDIENCE_MAYBE);
	});
});

describe('the audience rule in a ranking', () => {
	const mixed = activity({ name: 'Coffee morning', categories: ['meeting-people'] });
	const women = activity({
		name: 'Women’s coffee',
		categories: ['meeting-people'],
		audience: ['women']
	});
	const men = activity({ name: 'Men’s coffee', categories: ['meeting-people'], audience: ['men'] });
	const toddlers = activity({
		name: 'Stay and play',
		categories: ['meeting-people'],
		audience: ['parents-young-children']
	});
	const directory = [mixed, women, men, toddlers];
	const ranked = (profile: Partial<NeedsProfile>) =>
		rank({ categories: ['meeting-people'], ...profile }, directory, { now: NOW });

	it('never returns a group the person is clearly outside, and says so in the count', () => {
		const result = ranked({ singleSexGroups: 'men', youngChildren: false });
		expect(names(result.results).sort()).toEqual(['Coffee morning', 'Men’s coffee']);
		expect(result.total).toBe(2);
	});

	it('shows a narrower group the person did not say they belong to, below, and names it', () => {
		const result = ranked({});
		expect(result.results).toHaveLength(4);
		expect(result.results[0].activity.name).toBe('Coffee morning');
		const play = result.results.find((r) => r.activity.name === 'Stay and play')!;
		expect(play).toMatchObject({ audience: ['parents-young-children'], isAudienceMet: false });
	});

	it('puts first a group the person said they belong to', () => {
		const result = ranked({ youngChildren: true });
		expect(result.results[0]).toMatchObject({ id: toddlers.id, isAudienceMet: true });
	});

	it('takes a group from the person’s own words', () => {
		const result = rank({ categories: [], text: 'a mens group' }, directory, { now: NOW });
		expect(result.results[0].activity.name).toBe('Men’s coffee');
		expect(result.results[0].isAudienceMet).toBe(true);
	});
});
