import { describe, expect, it } from 'vitest';
import { accessFromText } from './access-from-text';
import { MISSING_PHRASINGS } from './access-phrasings.test-helpers';

describe('accessFromText', () => {
	it.each([
		['Step-free access throughout.', { 'step-free': true }],
		['Level access from the car park.', { 'step-free': true, parking: true }],
		['There is no lift to the first floor.', { 'step-free': false }],
		['Not wheelchair accessible, sorry.', { 'step-free': false }],
		['The hall is fully wheelchair accessible.', { 'step-free': true }],
		['No steps at the entrance', { 'step-free': true }],
		['There are no steps at the front door.', { 'step-free': true }],
		['There are three steps up to the entrance.', { 'step-free': false }],
		['Wheelchair access is possible on all levels.', { 'step-free': true }],
		['The building is equipped with induction loops for hearing aids.', { 'hearing-loop': true }],
		['We do not currently have a hearing loop', { 'hearing-loop': false }],
		['Wheelchair accessible toilet on site', { 'accessible-toilet': true }],
		['No accessible toilet', { 'accessible-toilet': false }],
		[
			'Disabled toilet and a quiet room are available',
			{ 'accessible-toilet': true, 'quiet-space': true }
		],
		['Parking is not available', { parking: false }],
		['No parking on site', { parking: false }],
		['Accessible toilets but no lift', { 'accessible-toilet': true, 'step-free': false }],
		['The lift is out of order until March.', { 'step-free': false }],
		['Ramp at the front; the side door has steps.', {}],
		['Ramp at the front, steps at the back.', {}],
		['Please ring ahead to ask.', {}],
		['', {}]
	])('reads %j', (text, expected) => {
		expect(accessFromText(text)).toEqual(expected);
	});

	it.each(MISSING_PHRASINGS)('reads a missing feature in %j', (text, expected) => {
		expect(accessFromText(text)).toEqual(expected);
	});

	it.each([
		['No ramp and a hearing loop in the hall.', { 'step-free': false, 'hearing-loop': true }],
		[
			'There is no lift and the hall has a hearing loop.',
			{ 'step-free': false, 'hearing-loop': true }
		],
		['No steps, and a hearing loop.', { 'step-free': true, 'hearing-loop': true }],
		['A ramp, a lift and a hearing loop.', { 'step-free': true, 'hearing-loop': true }],
		['A few steps from the bus stop, with level access.', { 'step-free': true }],
		['The hearing loop is broken.', { 'hearing-loop': false }]
	])('keeps a "no" to its own list in %j', (text, expected) => {
		expect(accessFromText(text)).toEqual(expected);
	});
});
