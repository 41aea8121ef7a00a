/**
 * People whose results turn on who an activity is for and when they are free
 * (`testing/fit-personas.ts`), against the demo directory: what must and must not be in each
 * one's top five, by property rather than exact order, and no hard rule broken for anyone.
 */
import { describe, expect, it } from 'vitest';
import type { Audience } from '$lib/directory/audience';
import { buildDemoDirectory } from '$lib/server/seed/demo-directory';
import { createMatcher } from './matcher';
import { FIT_PERSONAS } from './testing/fit-personas';
import { has, keepsHardRules, named, NOW } from './testing/persona-helpers';
import type { RankedActivity } from './types';

const { activities } = buildDemoDirectory('2026-11-23');
const matcher = createMatcher(activities);

const isFor = (r: RankedActivity, ...audience: Audience[]) =>
	audience.some((a) => r.activity.audience.includes(a));
const runsWhenFree = (r: RankedActivity) =>
	r.reasons.some((reason) => reason.code === 'when-free') ||
	r.activity.schedule.sessions.length === 0;
const weekday = (r: RankedActivity) => r.nextSession?.weekday ?? '';

const EXPECT: Record<string, (top: RankedActivity[]) => void> = {
	'widow-78': (top) => {
		expect(top.some((r) => has(r, 'bereavement'))).toBe(true);
		expect(
			top.filter((r) => isFor(r, 'learning-english', 'parents-young-children', 'carers'))
		).toEqual([]);
		expect(top.every((r) => has(r, 'meeting-people', 'bereavement'))).toBe(true);
	},
	'man-works-weekdays': (top) => {
		expect(top.every(runsWhenFree)).toBe(true);
		expect(top.every((r) => r.fits)).toBe(true);
		expect(top.filter((r) => isFor(r, 'women', 'parents-young-children', 'condition'))).toEqual([]);
	},
	'parent-toddler': (top) => {
		expect(isFor(top[0], 'parents-young-children')).toBe(true);
		expect(top.filter((r) => isFor(r, 'older-people', 'young-people', 'carers'))).toEqual([]);
	},
	'young-carer': (top) => {
		expect(top.slice(0, 2).every((r) => isFor(r, 'young-carers'))).toBe(true);
		expect(top.filter((r) => isFor(r, 'carers', 'older-people'))).toEqual([]);
	},
	'woman-women-only': (top) => {
		expect(top.some((r) => isFor(r, 'women'))).toBe(true);
		expect(top.filter((r) => isFor(r, 'men'))).toEqual([]);
	},
	'man-no-single-sex': (top) => {
		expect(top.filter((r) => isFor(r, 'women', 'men'))).toEqual([]);
		expect(top.some((r) => has(r, 'mental-wellbeing'))).toBe(true);
	},
	'retired-man-shed': (top) => {
		expect(top.slice(0, 3).some((r) => named(r, 'shed'))).toBe(true);
		expect(top.filter((r) => isFor(r, 'women', 'young-people'))).toEqual([]);
	},
	'night-shift': (top) => {
		expect(top.every(runsWhenFree)).toBe(true);
		expect(top.every((r) => !['sat', 'sun'].includes(weekday(r)))).toBe(true);
	},
	'bereaved-worker': (top) => {
		expect(top[0].fits).toBe(true);
		expect(has(top[0], 'bereavement')).toBe(true);
		// The rest run at other times: shown after, in their own group, never as fitting.
		for (const r of top.slice(1)) if (!r.fits) expect(r.group).not.toBe('fits');
		expect(top.filter((r) => isFor(r, 'young-people'))).toEqual([]);
	},
	'dad-baby': (top) => {
		expect(top.some((r) => isFor(r, 'parents-young-children'))).toBe(true);
		expect(top.filter((r) => isFor(r, 'women'))).toEqual([]);
	},
	'older-carer': (top) => {
		expect(top.slice(0, 3).every((r) => has(r, 'carers', 'memory-dementia'))).toBe(true);
		expect(top.filter((r) => isFor(r, 'young-carers', 'young-people'))).toEqual([]);
	},
	'lgbtq-student': (top) => {
		expect(isFor(top[0], 'lgbtq')).toBe(true);
		expect(top.filter((r) => isFor(r, 'older-people', 'parents-young-children'))).toEqual([]);
	},
	'skipped-about-you': (top) => {
		expect(top.filter((r) => isFor(r, 'parents-young-children', 'young-carers'))).toEqual([]);
	},
	'weekend-gardener': (top) => {
		expect(top.every((r) => ['sat', 'sun'].includes(weekday(r)))).toBe(true);
		expect(top.every((r) => has(r, 'nature-gardening'))).toBe(true);
	},
	'weekday-daytime-volunteer': (top) => {
		expect(top.every(runsWhenFree)).toBe(true);
		expect(top.every((r) => has(r, 'volunteering'))).toBe(true);
	}
};

describe('personas who need results that fit who they are and when they are free', () => {
	it('has an expectation for every persona', () => {
		expect(Object.keys(EXPECT).sort()).toEqual(FIT_PERSONAS.map((p) => p.key).sort());
		expect(FIT_PERSONAS.length).toBeGreaterThanOrEqual(12);
	});

	it.each(FIT_PERSONAS.map((p) => [p.who, p] as const))('%s', (_, persona) => {
		const { results } = matcher.rank(persona.profile, { now: NOW, limit: 5 });
		expect(results.length).toBe(5);
		for (const r of results) keepsHardRules(persona.profile, r);
		EXPECT[persona.key](results);
	});

	it('never shows anyone a group they are clearly outside, at any depth', () => {
		for (const { profile } of FIT_PERSONAS) {
			const { results } = matcher.rank(profile, { now: NOW, limit: Infinity });
			for (const r of results) keepsHardRules(profile, r);
		}
	});
});
