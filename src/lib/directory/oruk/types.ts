/**
 * Loose shapes of ORUK input (real feeds omit, misspell and mistype fields, so every field is
 * optional and `unknown` until read), and the shapes the readers produce.
 */
import type { AccessFeature } from '../categories';
import type { Activity, Organisation } from '../model';
import type { AudienceDecidedBy } from './read-audience';
import type { Vocabulary } from '../vocabulary';

export type Json = Record<string, unknown>;

/** How a record's categories (or venues' access features) were decided, for the import report. */
export type CategoriesDecidedBy = 'waymark-term' | 'other-taxonomy' | 'text' | 'none';
export type AccessDecidedBy = 'waymark-term' | 'text' | 'none';

export interface Decided {
	categories: CategoriesDecidedBy;
	access: AccessDecidedBy;
	audience: AudienceDecidedBy;
}

/** A venue's words and its explicit attribute disagree about a feature (for the import report). */
export interface AccessConflict {
	/** The venue's name. */
	venue: string;
	feature: AccessFeature;
	/** What the venue's words say. */
	words: boolean;
	/** What its attribute says. */
	attribute: boolean;
	/** What was kept; null when neither was, so the feature is unknown. */
	kept: boolean | null;
}

export interface ReadRecord {
	activity: Activity;
	organisation: Organisation;
	decided: Decided;
	accessConflicts: AccessConflict[];
	/** What was dropped or changed to make the record valid, in plain English. */
	repairs: string[];
}

export interface Skip {
	id: string | null;
	reason: string;
}

export type ReadResult = ({ ok: true } & ReadRecord) | ({ ok: false } & Skip);

export interface ReadOptions {
	/** The feed's name (DESIGN.md §3.5 `--source`); Waymark's own export names its own. */
	source: string;
	/**
	 * Map position for a UK postcode, for locations published without latitude and longitude.
	 * Synchronous so reading stays pure: a caller that geocodes looks the feed's postcodes up first.
	 */
	locate?: (postcode: string) => { lat: number; lng: number } | undefined;
	/** A deployment's own category words, merged with the shared vocabulary to categorise. */
	vocabulary?: Vocabulary;
	/**
	 * Sentences the feed repeats across its services' descriptions (an organisation's blurb);
	 * they say little about what each service is for. readFeed finds them.
	 */
	repeatedSentences?: ReadonlySet<string>;
}

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of an array field, ignoring anything else a feed put there. */
export function objects(value: unknown): Json[] {
	return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A trimmed non-empty string, or undefined; numbers become strings (ids often are numbers). */
export function str(value: unknown): string | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') return undefined;
	const trimmed = value.trim();
	return trimmed === '' ? undefined : trimmed;
}

/** A finite number, accepting numeric strings ("53.4", "12"). */
export function num(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value === 'string' && value.trim() !== '') {
		const parsed = Number(value);
		return Number.isFinite(parsed) ? parsed : undefined;
	}
	return undefined;
}
