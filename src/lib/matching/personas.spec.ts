/**
 * Personas against the demo directory: what must and must not be in each person's top five.
 * Assertions are by property (free, step-free, a money-advice service…), not by exact order,
 * so honest tuning changes do not break them while a broken rule does.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoDirectory } from '$lib/server/seed/demo-directory';
import { createMatcher } from './matcher';
import type { NeedsProfile } from './profile';
import {
	ELSWICK,
	has,
	keepsHardRules,
	KENTON,
	named,
	NOW,
	WEEKDAY_EVENINGS
} from './testing/persona-helpers';
import type { RankedActivity } from './types';

const { activities } = buildDemoDirectory('2026-11-23');
const matcher = createMatcher(activities);

interface Persona {
	who: string;
	profile: NeedsProfile;
	expectTop: (top: RankedActivity[]) => void;
}

const PERSONAS: Persona[] = [
	{
		who: 'a lonely widower of 78 who uses a wheelchair',
		profile: {
			categories: ['meeting-people', 'bereavement'],
			text: 'lonely since my wife died',
			age: 78,
			access: ['step-free'],
			origin: ELSWICK
		},
		expectTop: (top) => {
			expect(top.every((r) => has(r, 'meeting-people', 'bereavement'))).toBe(true);
			expect(top.some((r) => has(r, 'bereavement'))).toBe(true);
		}
	},
	{
		who: 'a 34-year-old in rent arrears, free only on weekday evenings',
		profile: {
			categories: ['money-advice', 'housing'],
			text: 'rent arrears',
			age: 34,
			maxCost: 'free',
			availability: WEEKDAY_EVENINGS,
			origin: ELSWICK
		},
		expectTop: (top) => {
			expect(top.filter((r) => has(r, 'money-advice')).length).toBeGreaterThanOrEqual(1);
			expect(
				top.slice(0, 3).some((r) => r.reasons.some((reason) => reason.code === 'when-free'))
			).toBe(true);
		}
	},
	{
		who: 'a carer of a person with dementia',
		profile: {
			categories: ['carers', 'memory-dementia'],
			text: 'my husband has dementia',
			age: 71,
			origin: ELSWICK
		},
		expectTop: (top) => {
			expect(top.every((r) => has(r, 'carers', 'memory-dementia'))).toBe(true);
			expect(top.some((r) => has(r, 'carers') && has(r, 'memory-dementia'))).toBe(true);
		}
	},
	{
		who: 'a teenager with low mood',
		profile: { categories: ['mental-wellbeing'], text: 'feeling low', age: 15, origin: ELSWICK },
		expectTop: (top) => {
			expect(top.slice(0, 3).some((r) => has(r, 'mental-wellbeing'))).toBe(true);
		}
	},
	{
		who: 'someone newly diagnosed with type 2 diabetes wanting to lose weight',
		profile: {
			categories: ['health-conditions', 'healthy-eating'],
			text: 'my diabetes, lose weight',
			age: 52,
			origin: ELSWICK
		},
		expectTop: (top) => {
			expect(top.slice(0, 3).some((r) => named(r, 'diabetes'))).toBe(true);
			expect(top.some((r) => has(r, 'healthy-eating'))).toBe(true);
		}
	},
	{
		who: 'a refugee who speaks Arabic and wants to practise English',
		profile: {
			categories: ['learning-skills', 'meeting-people'],
			text: 'practise my English',
			languages: ['ar'],
			age: 29,
			origin: ELSWICK
		},
		expectTop: (top) => {
			expect(top.slice(0, 3).some((r) => named(r, 'english'))).toBe(true);
			expect(top.some((r) => r.activity.languages.includes('ar'))).toBe(true);
		}
	},
	{
		who: 'someone who only wants things online',
		profile: { categories: ['mental-wellbeing'], online: 'only', age: 40 },
		expectTop: (top) => {
			expect(top.length).toBeGreaterThan(0);
			expect(top.every((r) => r.isViaOnline)).toBe(true);
		}
	},
	{
		who: 'someone who wants to go somewhere in person',
		profile: { categories: ['meeting-people'], online: 'exclude', origin: ELSWICK },
		expectTop: (top) => expect(top.every((r) => r.mode !== 'online')).toBe(true)
	},
	{
		who: 'someone on a tight budget',
		profile: { categories: ['being-active'], maxCost: 'low', origin: ELSWICK },
		expectTop: (top) => {
			for (const r of top) {
				const cost = r.activity.cost;
				if (cost.kind === 'paid' && cost.per === 'session')
					expect(cost.amount).toBeLessThanOrEqual(5);
			}
		}
	},
	{
		who: 'a woman of 55 who wants walking football',
		profile: { categories: [], text: 'walking football', age: 55, origin: ELSWICK },
		expectTop: (top) => expect(named(top[0], 'walking football')).toBe(true)
	},
	{
		who: 'a young mum with a toddler',
		profile: { categories: ['families'], text: 'toddler', age: 24, origin: ELSWICK },
		expectTop: (top) => {
			expect(top.every((r) => has(r, 'families'))).toBe(true);
			const mentions = top
				.slice(0, 2)
				.filter((r) => r.reasons.some((x) => x.code === 'mentions' && x.term === 'toddler'));
			expect(mentions).toHaveLength(2);
		}
	},
	{
		who: 'a gardener who types fast',
		profile: { categories: [], text: 'gardning', origin: ELSWICK },
		expectTop: (top) => expect(top.slice(0, 3).every((r) => has(r, 'nature-gardening'))).toBe(true)
	},
	{
		who: 'a woman recently bereaved',
		profile: { categories: ['bereavement'], age: 63, origin: ELSWICK },
		expectTop: (top) =>
			expect(top.filter((r) => has(r, 'bereavement')).length).toBeGreaterThanOrEqual(3)
	},
	{
		who: 'a hearing-aid user who needs a loop',
		profile: {
			categories: ['meeting-people', 'music-singing'],
			access: ['hearing-loop'],
			origin: ELSWICK
		},
		expectTop: (top) => expect(top.some((r) => has(r, 'music-singing'))).toBe(true)
	},
	{
		who: 'a 22-year-old looking for work, free on weekday mornings',
		profile: {
			categories: ['work'],
			age: 22,
			availability: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
				day,
				part: 'morning' as const
			})),
			origin: ELSWICK
		},
		expectTop: (top) => expect(top.slice(0, 3).every((r) => has(r, 'work'))).toBe(true)
	},
	{
		who: 'an older person with no postcode who wants chair exercise',
		profile: { categories: ['being-active'], text: 'chair exercise', age: 70 },
		expectTop: (top) => {
			expect(top.slice(0, 3).some((r) => named(r, 'chair'))).toBe(true);
			expect(top.every((r) => !r.reasons.some((reason) => reason.code === 'distance'))).toBe(true);
		}
	},
	{
		who: 'someone in Kenton who can only walk a kilometre',
		profile: { categories: ['meeting-people'], origin: KENTON, maxDistanceKm: 1 },
		expectTop: (top) => {
			for (const r of top) if (r.distanceKm !== null) expect(r.distanceKm).toBeLessThanOrEqual(1);
		}
	},
	{
		who: 'a knitter',
		profile: { categories: [], text: 'knittin', origin: ELSWICK },
		expectTop: (top) => expect(named(top[0], 'knit')).toBe(true)
	},
	{
		who: 'someone with COPD',
		profile: { categories: ['health-conditions'], text: 'copd breathing', origin: ELSWICK },
		expectTop: (top) =>
			expect(top.slice(0, 3).some((r) => named(r, 'breathing') || named(r, 'lung'))).toBe(true)
	},
	{
		who: 'someone free only at weekends',
		profile: {
			categories: ['meeting-people'],
			availability: [
				{ day: 'sat', part: 'morning' },
				{ day: 'sat', part: 'afternoon' },
				{ day: 'sun', part: 'afternoon' }
			],
			origin: ELSWICK
		},
		expectTop: (top) => {
			const weekend = top.filter((r) => ['sat', 'sun'].includes(r.nextSession?.weekday ?? ''));
			expect(weekend.length).toBeGreaterThanOrEqual(3);
		}
	},
	{
		who: 'a child of ten with a parent',
		profile: { categories: ['families', 'being-active'], age: 10, origin: ELSWICK },
		expectTop: (top) => expect(top.some((r) => has(r, 'families'))).toBe(true)
	},
	{
		who: 'a Polish speaker with money worries',
		profile: {
			categories: ['money-advice'],
			text: 'money worries',
			languages: ['pl'],
			origin: ELSWICK
		},
		expectTop: (top) => {
			expect(top.slice(0, 3).some((r) => r.activity.languages.includes('pl'))).toBe(true);
			expect(top.filter((r) => has(r, 'money-advice')).length).toBeGreaterThanOrEqual(3);
		}
	},
	{
		who: 'someone who needs a food bank and has no money',
		profile: { categories: [], text: 'food bank', maxCost: 'free', origin: ELSWICK },
		expectTop: (top) => expect(top.slice(0, 3).every((r) => has(r, 'food'))).toBe(true)
	},
	{
		who: 'a man who wants to talk to other men',
		profile: {
			categories: ['mental-wellbeing', 'meeting-people'],
			text: "men's group, stressed",
			age: 45,
			origin: ELSWICK
		},
		expectTop: (top) => expect(top.some((r) => named(r, 'men'))).toBe(true)
	}
];

describe('personas against the demo directory', () => {
	it.each(PERSONAS.map((p) => [p.who, p] as const))('%s', (_, persona) => {
		const { results } = matcher.rank(persona.profile, { now: NOW, limit: 5 });
		expect(results.length).toBeGreaterThanOrEqual(3);
		for (const r of results) keepsHardRules(persona.profile, r);
		persona.expectTop(results);
	});

	it('never shows a temporarily closed activity to anyone', () => {
		const closed = new Set(activities.filter((a) => a.status !== 'active').map((a) => a.id));
		expect(closed.size).toBeGreaterThan(0);
		for (const { profile } of PERSONAS) {
			const { results } = matcher.rank(profile, { now: NOW, limit: Infinity });
			expect(results.filter((r) => closed.has(r.id))).toEqual([]);
		}
	});

	it('gives every top result at least one reason', () => {
		for (const { profile } of PERSONAS) {
			const { results } = matcher.rank(profile, { now: NOW, limit: 5 });
			for (const r of results) expect(r.reasons.length).toBeGreaterThan(0);
		}
	});
});
