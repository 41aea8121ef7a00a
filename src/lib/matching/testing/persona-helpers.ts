/** Helpers for the persona tests: places, times, and the hard rules checked from the data. */
import { expect } from 'vitest';
import type { CategoryId } from '../directory/categories';
import { haversineKm } from './geo';
import type { NeedsProfile } from './profile';
import type { RankedActivity } from './types';

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
