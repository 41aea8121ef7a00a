import { describe, expect, it } from 'vitest';
import type { Audience } from '../audience';
import { audienceFromText, type AudienceTextKind } from './audience-from-text';

describe('who a service is for, from its own words', () => {
	it.each<[AudienceTextKind, string, Audience[]]>([
		['eligibility', 'Women only', ['women']],
		['eligibility', 'Women aged 50 and over', ['women', 'older-people']],
		['eligibility', 'Men aged 18 and over', ['men']],
		['eligibility', 'Parents and carers with children under 5', ['parents-young-children']],
		['eligibility', 'Parents and carers of babies under 1', ['parents-young-children']],
		['eligibility', 'Children under 4 with an adult', ['parents-young-children']],
		['eligibility', 'Dads, grandads and male carers with their children', ['men']],
		[
			'eligibility',
			'People living with dementia or memory problems, and their carers',
			['condition', 'carers']
		],
		['eligibility', 'Unpaid carers', ['carers']],
		['eligibility', 'Aged 50 and over', ['older-people']],
		['eligibility', 'Bangladeshi women', ['women', 'community']],
		['name', "Women's walking group", ['women']],
		['name', 'Ladies hockey', ['women']],
		['name', 'Mums and tots', ['parents-young-children']],
		['name', 'Toddler music time', ['parents-young-children']],
		['name', 'Stay and play', ['parents-young-children']],
		['name', 'Benwell youth club', ['young-people']],
		['name', 'Over 50s afternoon club', ['older-people']],
		['name', 'ESOL classes: beginners', ['learning-english']],
		['name', 'English for parents, with crèche', ['learning-english']],
		['name', "Parkinson's café", ['condition']],
		['name', 'Stroke club', ['condition']],
		['name', 'Living with pain group', ['condition']],
		['name', 'Memory café', ['condition']],
		['name', 'Carers coffee morning', ['carers']],
		['name', 'Young carers club', ['young-carers']],
		['name', 'Rainbow youth group', ['young-people', 'lgbtq']],
		['name', "Men's Shed open days", ['men']],
		['name', 'Andys Man Club', ['men']],
		['name', 'Bereavement café', ['bereaved']],
		['name', 'Polish social afternoon', ['community']],
		['description', 'This session is for women only.', ['women']],
		['description', 'A group for people with Parkinson’s and their families.', ['condition']],
		['description', 'A monthly art club for unpaid carers.', ['carers']]
	])('%s: "%s"', (kind, text, audience) => {
		expect(audienceFromText(text, kind).audience.sort()).toEqual([...audience].sort());
	});

	it.each<[AudienceTextKind, string]>([
		['name', 'Dementia-friendly afternoon film'],
		['name', 'Knitting for the baby unit'],
		['name', 'Parenting teenagers'],
		['name', 'English skills (evening)'],
		['name', 'Walking football for men and women'],
		['name', 'Understanding anxiety'],
		['name', 'LGBTQ+ friendly space'],
		['name', 'Transport to the hospital'],
		['name', 'Free wi-fi café'],
		['description', 'Carers welcome. A friendly group for anyone.'],
		['description', 'Free wi-fi and tea. Children under 5 free.'],
		['description', 'Women and men of all ages come along.'],
		['eligibility', 'Older or disabled people, and families with children under 5'],
		['eligibility', 'With a food bank voucher'],
		['eligibility', 'People living in NE4 on a low income']
	])('no limit read from %s "%s"', (kind, text) => {
		expect(audienceFromText(text, kind).audience).toEqual([]);
	});

	it('says when the words open a service to everyone', () => {
		expect(audienceFromText('Open to everyone', 'eligibility').isForEveryone).toBe(true);
		expect(audienceFromText('Everyone is welcome', 'eligibility').isForEveryone).toBe(true);
		expect(audienceFromText('Carers only', 'eligibility').isForEveryone).toBe(false);
	});

	it('trusts group words in a name that a description must say outright', () => {
		expect(audienceFromText('Carers', 'name').audience).toEqual(['carers']);
		expect(
			audienceFromText('We support carers, families and friends.', 'description').audience
		).toEqual([]);
	});
});
