import { describe, expect, it } from 'vitest';
import { readAudience } from './read-audience';

const read = (
	service: Record<string, unknown>,
	name = 'Drop-in',
	description = '',
	eligibility = ''
) => readAudience(service, name, description, eligibility);
const target = (...types: string[]) => ({
	pc_targetAudience: types.map((audienceType, i) => ({ id: String(i), audienceType }))
});

describe('who an imported service is for', () => {
	it('takes Waymark’s own list as it is, valid terms only', () => {
		expect(read({ wm_audience: ['carers', 'nonsense'] }, 'Women’s group')).toEqual({
			audience: ['carers'],
			decided: 'waymark-field'
		});
	});

	it('reads the eligibility words, the name and plain statements in the description', () => {
		expect(read({}, 'Coffee morning', '', 'Unpaid carers').audience).toEqual(['carers']);
		expect(read({}, 'Young carers club').audience).toEqual(['young-carers']);
		expect(read({}, 'Swim', 'Sessions are for women only.').audience).toEqual(['women']);
	});

	it('lets eligibility that opens a service to all overrule a name', () => {
		expect(read({}, 'Men’s Shed', '', 'Open to all').audience).toEqual([]);
	});

	it('takes a short target-audience list for women, men, carers and the bereaved', () => {
		expect(read(target('Women '), 'Sewing classes').audience).toEqual(['women']);
		expect(read(target('Carers'), 'Peer support').audience).toEqual(['carers']);
		expect(read(target('Bereaved'), 'Talk group')).toEqual({
			audience: ['bereaved'],
			decided: 'target-audience'
		});
	});

	it('ignores a long target-audience list: that is who might be interested, not a limit', () => {
		expect(
			read(target('Women', 'Carers', 'Disabled People', 'Parents'), 'Lunch club').audience
		).toEqual([]);
	});

	it('takes other target audiences only when the service’s own words agree', () => {
		expect(read(target('Mental Health'), 'Parkrun').audience).toEqual([]);
		expect(read(target('Parents'), 'Dance classes for ages 4 to 6').audience).toEqual([]);
		expect(
			read(target('Parents'), 'Baby massage', 'A session for parents and babies.').audience
		).toEqual(['parents-young-children']);
		expect(read(target('Cancer'), 'Wellbeing therapies').audience).toEqual([]);
	});

	it('reads women and men together as everyone', () => {
		expect(read(target('Women', 'Men'), 'Fitness sessions').audience).toEqual([]);
	});
});
