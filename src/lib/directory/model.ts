/**
 * The directory's one normalised model. Everything at the edges (ORUK v3/v1 import and
 * export, the app's snapshot, the database rows) converts to and from these types.
 * Pure: no DOM, no Node, no Svelte.
 */
import type { Audience } from './audience';
import type { AccessFeature, CategoryId } from './categories';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** ORUK v3 service statuses; only `active` activities are ever shown to a patient. */
export const ACTIVITY_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const CAPACITIES = ['open', 'waitlist', 'full'] as const;
export type Capacity = (typeof CAPACITIES)[number];

export const HOW_TO_JOIN = ['turn-up', 'contact-first', 'via-link-worker'] as const;
export type HowToJoin = (typeof HOW_TO_JOIN)[number];

export const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'once'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * One repeating (or one-off) session. Times are Europe/London wall-clock `HH:MM`;
 * dates are `YYYY-MM-DD`.
 * - weekly: every week on `days`.
 * - fortnightly: every other week on `days`, in step with `startDate` (a date of a session).
 * - monthly: the `weekOfMonth`-th (1–4, or -1 for the last) of `days` each month.
 * - once: on `startDate` only; `days` is empty.
 * `startDate`/`endDate` also bound repeating sessions (a course of 8 weeks, a summer break).
 */
export interface Session {
	frequency: Frequency;
	days: Weekday[];
	weekOfMonth?: number;
	startTime: string;
	endTime: string;
	startDate?: string;
	endDate?: string;
}

export interface Schedule {
	sessions: Session[];
	/** Free text that adds to or stands in for `sessions` ("Term time only", "Ring for dates"). */
	note?: string;
}

export const COST_PERIODS = ['session', 'week', 'month', 'course'] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];

/** Unknown is its own case: an activity whose cost is not stated is never called free. */
export type Cost =
	| { kind: 'free'; note?: string }
	| { kind: 'donation'; note?: string }
	| { kind: 'paid'; amount: number; per: CostPeriod; concessions?: string; note?: string }
	| { kind: 'unknown'; note?: string };

/** true: the venue has it; false: it does not; absent: not known. */
export type AccessInfo = Partial<Record<AccessFeature, boolean>>;

export interface Address {
	line1: string;
	line2?: string;
	town: string;
	postcode: string;
}

export interface Venue {
	id: string;
	name: string;
	address: Address;
	lat: number;
	lng: number;
	access: AccessInfo;
	/** The venue's own words about access, as published. */
	accessNotes?: string;
}

export interface Contact {
	name?: string;
	phone?: string;
	email?: string;
	website?: string;
}

export interface OrganisationRef {
	id: string;
	name: string;
}

export interface Organisation extends OrganisationRef {
	description: string;
	website?: string;
	email?: string;
	phone?: string;
	source: string;
	sourceId: string;
	demo: boolean;
}

export interface Activity {
	id: string;
	organisation: OrganisationRef;
	name: string;
	/** One plain sentence: what it is. */
	summary: string;
	/** Plain text; paragraphs separated by a blank line. */
	description: string;
	categories: CategoryId[];
	/** Extra words that help people find it (imported taxonomy terms, "knitting"). */
	keywords: string[];
	/** Physical venues; empty when online-only or area-wide. */
	venues: Venue[];
	/** Offered online (a video call, a phone line). Online-only when `venues` is empty too. */
	online: boolean;
	schedule: Schedule;
	cost: Cost;
	minAge?: number;
	maxAge?: number;
	/**
	 * Who it is for (DESIGN.md §3.2a): empty for everyone. A `condition` or `community` is
	 * named in `eligibility`.
	 */
	audience: Audience[];
	/** Who it is for, in words ("Women aged 50 and over", "Carers of people with dementia"). */
	eligibility?: string;
	/** ISO 639-1 codes of the languages it is run in (English is `en`). */
	languages: string[];
	howToJoin: HowToJoin;
	contact: Contact;
	capacity: Capacity;
	status: ActivityStatus;
	/** `YYYY-MM-DD` the group last checked the listing, or null when never. */
	lastReviewed: string | null;
	source: string;
	sourceId: string;
	demo: boolean;
}

export type ActivityMode = 'in-person' | 'online' | 'area-wide';

/** DESIGN.md §3.1: online when it has only virtual locations, area-wide when no location at all. */
export function activityMode(activity: Pick<Activity, 'venues' | 'online'>): ActivityMode {
	if (activity.venues.length > 0) return 'in-person';
	return activity.online ? 'online' : 'area-wide';
}
