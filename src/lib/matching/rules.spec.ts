import { describe, expect, it } from 'vitest';
import type { Activity } from '../directory/model';
import { rank } from './matcher';
import type { NeedsProfile } from './profile';
import { HERE, NOW, activity, venueAt } from './testing/builders';

/** Ranks one activity on its own and says whether it was returned. */
function isReturned(candidate: Activity, profile: Partial<NeedsProfile>): boolean {
	const { results } = rank({ categories: [], ...profile }, [candidate], { now: NOW });
	return results.some((r) => r.id === candidate.id);
}

const inPerson = (km: number, access: Activity['venues'][number]['access'] = {}) =>
	activity({ venues: [venueAt(km, { access })] });
const online = () => activity({ venues: [], online: true });
const areaWide = () => activity({ venues: [], online: false });
const hybrid = (km: number) => activity({ venues: [venueAt(km)], online: true });

describe('hard rules (DESIGN.md §3.3), each on its own', () => {
	it.each<[string, Activity, Partial<NeedsProfile>, boolean]>([
		['active', activity({ status: 'active' }), {}, true],
		['temporarily closed', activity({ status: 'temporarily closed' }), {}, false],
		['inactive', activity({ status: 'inactive' }), {}, false],
		['defunct', activity({ status: 'defunct' }), {}, false],
		['age below minimum', activity({ minAge: 50 }), { age: 49 }, false],
		['age at minimum', activity({ minAge: 50 }), { age: 50 }, true],
		['age above maximum', activity({ maxAge: 25 }), { age: 26 }, false],
		['age at maximum', activity({ maxAge: 25 }), { age: 25 }, true],
		['age limits but no age given', activity({ minAge: 50, maxAge: 60 }), {}, true],
		['free for "free"', activity({ cost: { kind: 'free' } }), { maxCost: 'free' }, true],
		['donation for "free"', activity({ cost: { kind: 'donation' } }), { maxCost: 'free' }, true],
		[
			'£1 a session for "free"',
			activity({ cost: { kind: 'paid', amount: 1, per: 'session' } }),
			{ maxCost: 'free' },
			false
		],
		[
			'£5 a session for "low"',
			activity({ cost: { kind: 'paid', amount: 5, per: 'session' } }),
			{ maxCost: 'low' },
			true
		],
		[
			'£5.50 a session for "low"',
			activity({ cost: { kind: 'paid', amount: 5.5, per: 'session' } }),
			{ maxCost: 'low' },
			false
		],
		[
			'£12 a month, weekly, for "low"',
			activity({ cost: { kind: 'paid', amount: 12, per: 'month' } }),
			{ maxCost: 'low' },
			true
		],
		[
			'£30 a month, weekly, for "low"',
			activity({ cost: { kind: 'paid', amount: 30, per: 'month' } }),
			{ maxCost: 'low' },
			false
		],
		[
			'£30 a course with no dates, for "low"',
			activity({ cost: { kind: 'paid', amount: 30, per: 'course' } }),
			{ maxCost: 'low' },
			false
		],
		[
			'£50 for "any"',
			activity({ cost: { kind: 'paid', amount: 50, per: 'session' } }),
			{ maxCost: 'any' },
			true
		],
		['cost unknown for "free"', activity({ cost: { kind: 'unknown' } }), { maxCost: 'free' }, true],
		['4.9 km within the default 5', inPerson(4.9), { origin: HERE }, true],
		['5.2 km beyond the default 5', inPerson(5.2), { origin: HERE }, false],
		['2.9 km within 3', inPerson(2.9), { origin: HERE, maxDistanceKm: 3 }, true],
		['3.2 km beyond 3', inPerson(3.2), { origin: HERE, maxDistanceKm: 3 }, false],
		['far away with no origin', inPerson(40), {}, true],
		['online-only with a distance limit', online(), { origin: HERE, maxDistanceKm: 1 }, true],
		['area-wide with a distance limit', areaWide(), { origin: HERE, maxDistanceKm: 1 }, true],
		['in person for online "only"', inPerson(1), { online: 'only' }, false],
		['area-wide for online "only"', areaWide(), { online: 'only' }, false],
		['online-only for online "only"', online(), { online: 'only' }, true],
		['online-only for online "exclude"', online(), { online: 'exclude' }, false],
		['in person for online "exclude"', inPerson(1), { online: 'exclude' }, true],
		['far hybrid, taken part in online', hybrid(20), { origin: HERE }, true],
		['far hybrid with online "exclude"', hybrid(20), { origin: HERE, online: 'exclude' }, false],
		['step-free need met', inPerson(1, { 'step-free': true }), { access: ['step-free'] }, true],
		[
			'step-free need not met',
			inPerson(1, { 'step-free': false }),
			{ access: ['step-free'] },
			false
		],
		['step-free need not known', inPerson(1, {}), { access: ['step-free'] }, true],
		[
			'one of two needs not met',
			inPerson(1, { 'step-free': true, 'hearing-loop': false }),
			{ access: ['step-free', 'hearing-loop'] },
			false
		],
		['access need for an online activity', online(), { access: ['step-free'] }, true]
	])('%s → returned: %s', (_, candidate, profile, expected) => {
		expect(isReturned(candidate, profile)).toBe(expected);
	});

	it('passes an activity when any one of its venues meets the need, and picks that venue', () => {
		const nearButStepped = venueAt(0.5, { access: { 'step-free': false } });
		const fartherStepFree = venueAt(2, { access: { 'step-free': true } });
		const both = activity({ venues: [nearButStepped, fartherStepFree] });
		const { results } = rank({ categories: [], origin: HERE, access: ['step-free'] }, [both], {
			now: NOW
		});
		expect(results[0].venue?.id).toBe(fartherStepFree.id);
		expect(results[0].distanceKm).toBeCloseTo(2, 1);
	});

	it('uses the nearest venue when there are several', () => {
		const several = activity({ venues: [venueAt(4), venueAt(1.5), venueAt(3)] });
		const { results } = rank({ categories: [], origin: HERE }, [several], { now: NOW });
		expect(results[0].distanceKm).toBeCloseTo(1.5, 1);
	});
});
