import { describe, expect, it } from 'vitest';
import { costFromOptions, costFromText, readCost } from './read-cost';

describe('costFromText', () => {
	it.each([
		['Free', { kind: 'free' }],
		['£3 per session', { kind: 'paid', amount: 3, per: 'session' }],
		['£2.50 a class', { kind: 'paid', amount: 2.5, per: 'session' }],
		['£20 per month', { kind: 'paid', amount: 20, per: 'month' }],
		[
			'£40 for the 8-week course',
			{ kind: 'paid', amount: 40, per: 'course', note: '£40 for the 8-week course' }
		],
		['50p for tea', { kind: 'paid', amount: 0.5, per: 'session', note: '50p for tea' }],
		['Donations welcome', { kind: 'donation' }],
		['Free, but donations welcome', { kind: 'donation', note: 'Free, but donations welcome' }],
		['No charge', { kind: 'free', note: 'No charge' }],
		['<p>Free &amp; friendly</p>', { kind: 'free', note: 'Free & friendly' }],
		['Please ask', { kind: 'unknown', note: 'Please ask' }],
		['', { kind: 'unknown' }]
	])('reads %j', (text, expected) => {
		expect(costFromText(text)).toEqual(expected);
	});
});

describe('costFromOptions', () => {
	it.each([
		[
			'a price',
			[{ amount: 4, amount_description: 'per week' }],
			{ kind: 'paid', amount: 4, per: 'week' }
		],
		[
			'a price and other prices',
			[
				{ amount: 5, option: 'Adults' },
				{ amount: 2, option: 'Under 16s', amount_description: 'per session' }
			],
			{ kind: 'paid', amount: 5, per: 'session', concessions: 'Under 16s: £2 per session' }
		],
		[
			'Waymark concessions',
			[{ amount: 3 }, { option: 'Concessions', amount_description: '£1 for carers' }],
			{ kind: 'paid', amount: 3, per: 'session', concessions: '£1 for carers' }
		],
		['zero', [{ amount: 0 }], { kind: 'free' }],
		['free in words', [{ option: 'Free for residents' }], { kind: 'free' }],
		['donation', [{ option: 'Donation' }], { kind: 'donation' }],
		['nothing usable', [{ option: 'See website' }], undefined]
	])('reads %s', (_label, options, expected) => {
		expect(costFromOptions(options)).toEqual(expected);
	});
});

describe('readCost', () => {
	it('prefers options and keeps fees as a note only when it adds something', () => {
		const options = [{ amount: 3, amount_description: 'per session' }];
		expect(readCost({ cost_options: options, fees: '£3 per session' })).toEqual({
			kind: 'paid',
			amount: 3,
			per: 'session'
		});
		expect(readCost({ cost_options: options, fees: 'Pay at the door' })).toEqual({
			kind: 'paid',
			amount: 3,
			per: 'session',
			note: 'Pay at the door'
		});
		expect(readCost({ fees: 'Free' })).toEqual({ kind: 'free' });
		expect(readCost({})).toEqual({ kind: 'unknown' });
	});
});
