import { describe, expect, it } from 'vitest';
import { categoriesFromText, scoreText } from './categorise-text';
import { repeatedSentences } from './text-zones';

describe('categoriesFromText', () => {
	it.each([
		['Knit and natter', 'A friendly knitting group.', ['arts-crafts']],
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
			['memory-dementia', 'music-singing']
		],
		[
			'Riverside Food Bank',
			'Emergency food parcels for anyone in need, with advice on benefits and debt from our partners.',
			['food']
		],
		[
			'Stroke survivors group',
			'A monthly support group for people living with the effects of a stroke, and their carers.',
			['health-conditions', 'carers']
		],
		[
			"Warm space at St Anne's",
			'A warm space where you can come in out of the cold, have a hot drink and a chat.',
			['meeting-people']
		],
		[
			'Dads and tots',
			'A weekly stay and play session for dads and their little ones.',
			['families']
		],
		['Advice drop-in', 'Drop in for advice and support on anything that worries you.', []]
	])('reads %j', (name, description, expected) => {
		expect(categoriesFromText(name, description)).toEqual(expected);
	});
});

describe('what a service is for, not every word it mentions', () => {
	it('gives nothing to a care provider, whatever activities it lists', () => {
		const careHome =
			'A residential care home with 40 beds. We offer gardening, music and arts and crafts ' +
			'activities for our residents, and a hairdresser visits weekly.';
		expect(categoriesFromText('Oakwood Care Home', careHome)).toEqual([]);
		const homeCare =
			'We provide domiciliary care and companionship visits in your own home. Our carers are trained.';
		expect(categoriesFromText('Sunrise Home Care', homeCare)).toEqual([]);
	});

	it('gives nothing to what is for professionals, or for watching', () => {
		const training = 'Training for professionals working with children and families.';
		expect(categoriesFromText('Safeguarding training', training)).toEqual([]);
		const gig =
			'The Blue Notes bring their acclaimed jazz and soul songs to the Town Hall on their UK ' +
			'tour. Tickets £15 from the box office.';
		expect(categoriesFromText('An Evening with The Blue Notes', gig)).toEqual([]);
	});

	it('keeps an activity that also mentions a show, when it says people take part', () => {
		const choir =
			'Come along and sing with us every Tuesday. No auditions, all welcome. We perform a ' +
			'concert each Christmas.';
		expect(categoriesFromText('Tuesday Choir', choir)).toEqual(['music-singing']);
	});

	it('counts a promotional text that says nothing of taking part for less', () => {
		const band =
			'The Rivertones are a five-piece band whose folk songs have been heard at festivals ' +
			'across the country, with two albums and countless radio appearances behind them.';
		expect(scoreText('The Rivertones', band).takesPart).toBe(false);
		expect(scoreText('The Rivertones', 'Folk songs.').takesPart).toBe(true);
	});

	it('weighs talk of benefits and extras below what the service is', () => {
		const walk =
			'A gentle walk around the park every Wednesday. Walking can help reduce stress and ' +
			'improve your mental health and wellbeing.';
		expect(categoriesFromText('Parkside Walking Group', walk)).toEqual(['being-active']);
	});

	it('weighs a blurb the feed repeats on many services below the service’s own words', () => {
		const blurb = 'Our charity supports older people with money, debt and benefits advice.';
		const repeated = repeatedSentences([blurb, blurb, blurb]);
		const description = `${blurb} Join our weekly chair yoga class.`;
		expect(categoriesFromText('Chair yoga', description, { repeated })).toEqual(['being-active']);
		expect(categoriesFromText('Chair yoga', description)).toContain('money-advice');
	});

	it('reads a deployment’s own exclusions and words', () => {
		const text = 'Bouncy castle hire for parties and fun days.';
		const vocabulary = { exclusions: ['bouncy castle hire'], families: ['fun days'] };
		expect(categoriesFromText('Bounce!', text, { vocabulary: { families: ['fun days'] } })).toEqual(
			['families']
		);
		expect(categoriesFromText('Bounce!', text, { vocabulary })).toEqual([]);
	});
});
