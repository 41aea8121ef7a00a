/**
 * The shapes of the demo tables. They hold what a person would write about a group; the
 * builder adds ids, coordinates, dates relative to today, and the demo markings.
 */
import type { AccessInfo, ActivityStatus, Capacity, Cost, HowToJoin } from '$lib/directory/model';
import type { Audience } from '$lib/directory/audience';
import type { CategoryId } from '$lib/directory/categories';
import type { SessionTemplate } from './schedule';
import type { NeighbourhoodName } from './venues';

export interface VenueTemplate {
	slug: string;
	name: string;
	line1: string;
	line2?: string;
	postcode: string;
	/** Placed within a few hundred metres of this neighbourhood's centre. */
	near: NeighbourhoodName;
	access: AccessInfo;
	accessNotes?: string;
}

export interface OrganisationTemplate {
	slug: string;
	name: string;
	description: string;
	phone?: string;
	email?: string;
	website?: string;
}

export interface ActivityTemplate {
	slug: string;
	/** The running organisation's slug; its phone and email are the default contact. */
	org: string;
	name: string;
	summary: string;
	description: string;
	categories: CategoryId[];
	keywords: string[];
	/** Venue slugs; empty for online-only and area-wide activities. */
	at: string[];
	online?: boolean;
	when: SessionTemplate[];
	scheduleNote?: string;
	cost: Cost;
	minAge?: number;
	maxAge?: number;
	/** Who it is for; everyone when absent. */
	for?: Audience[];
	eligibility?: string;
	/** Defaults to English only. */
	languages?: string[];
	/** Defaults to turning up. */
	join?: HowToJoin;
	phone?: string;
	email?: string;
	capacity?: Capacity;
	status?: ActivityStatus;
	/** Days before today the group last checked the listing; null when never. Default: recent. */
	reviewedDaysAgo?: number | null;
}

export const FREE: Cost = { kind: 'free' };
export const UNKNOWN_COST: Cost = { kind: 'unknown', note: 'Ask the group about any cost' };

export function donation(note = 'Pay what you can; nobody is turned away'): Cost {
	return { kind: 'donation', note };
}

/** A charge per session unless `per` says otherwise. */
export function paid(
	amount: number,
	options: {
		per?: 'session' | 'week' | 'month' | 'course';
		concessions?: string;
		note?: string;
	} = {}
): Cost {
	const { per = 'session', ...rest } = options;
	return { kind: 'paid', amount, per, ...rest };
}
