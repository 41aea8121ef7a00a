/** Helpers for the persona tests: places, times, and the hard rules checked from the data. */
import { expect } from 'vitest';
import { AUDIENCE_AGES, type Audience } from '../../directory/audience';
import type { CategoryId } from '../../directory/categories';
import { haversineKm } from '../geo';
import type { NeedsProfile } from '../profile';
import type { RankedActivity } from '../types';

/** Monday 23 November 2026, 08:00 in London. */
export const NOW = new Date('2026-11-23T08:00:00Z');
export const ELSWICK = { lat: 54.966, lng: -1.643 };
export const KENTON = { lat: 55.003, lng: -1.647 };
export const WEEKDAY_EVENINGS = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({
	day,
	part: 'evening' as const
}));

export const has = (r: RankedActivity, ...categories: CategoryId[]) =>
	categories.some((c) => r.activity.categories.includes(c));
export const named = (r: RankedActivity, text: string) =>
	r.activity.name.toLowerCase().includes(text.toLowerCase());
export const isFree = (r: RankedActivity) =>
	['free', 'donation', 'unknown'].includes(r.activity.cost.kind);

/** The hard rules of DESIGN.md §3.3, checked from the data itself rather than the matcher. */
export function keepsHardRules(profile: NeedsProfile, r: RankedActivity): void {
	const a = r.activity;
	expect(a.status, a.name).toBe('active');
	if (profile.age !== undefined) {
		expect(profile.age, a.name).toBeGreaterThanOrEqual(a.minAge ?? 0);
		expect(profile.age, a.name).toBeLessThanOrEqual(a.maxAge ?? 200);
	}
	if (profile.maxCost === 'free') expect(isFree(r), a.name).toBe(true);
	expect(isClearlyOutside(profile, a.audience), `${a.name} is for ${a.audience}`).toBe(false);
	if (profile.online === 'only') expect(a.online, a.name).toBe(true);
	if (profile.online === 'exclude') expect(r.isViaOnline, a.name).toBe(false);
	if (!r.isViaOnline && r.venue) {
		for (const need of profile.access ?? []) expect(r.venue.access[need], a.name).not.toBe(false);
		if (profile.origin) {
			const km = haversineKm(profile.origin, r.venue);
			expect(km, a.name).toBeLessThanOrEqual(profile.maxDistanceKm ?? 5);
		}
	}
}

/**
 * DESIGN.md §3.2a, read from the data: a sex term the person asked not to see, or every other
 * term one they said they are outside of.
 */
function isClearlyOutside(profile: NeedsProfile, audience: readonly Audience[]): boolean {
	const sex = profile.singleSexGroups;
	const hasWomen = audience.includes('women');
	const hasMen = audience.includes('men');
	if (hasWomen !== hasMen && sex !== undefined && sex !== (hasWomen ? 'women' : 'men')) return true;
	const age = profile.age;
	const outside: Partial<Record<Audience, boolean>> = {
		'parents-young-children': profile.youngChildren === false,
		carers: profile.carer === false,
		'young-carers': profile.carer === false || (age !== undefined && age > AUDIENCE_AGES.youngTo),
		'older-people': age !== undefined && age < AUDIENCE_AGES.olderFrom,
		'young-people': age !== undefined && age > AUDIENCE_AGES.youngTo
	};
	const groups = audience.filter((a) => a !== 'women' && a !== 'men');
	return groups.length > 0 && groups.every((a) => outside[a] === true);
}
