/**
 * Table types for Kysely. Column types are kept portable between SQLite and PostgreSQL:
 * booleans are 0/1 integers, timestamps ISO-8601 text, structured values JSON text.
 */
import type { Generated } from 'kysely';

export type Listing = 'published' | 'pending' | 'unpublished';

export interface OrganisationsTable {
	id: string;
	name: string;
	description: string;
	website: string | null;
	email: string | null;
	phone: string | null;
	source: string;
	source_id: string;
	demo: number;
	updated_at: string;
}

export interface VenuesTable {
	id: string;
	name: string;
	line1: string;
	line2: string | null;
	town: string;
	postcode: string;
	lat: number;
	lng: number;
	access: string;
	access_notes: string | null;
	updated_at: string;
}

export interface ActivitiesTable {
	id: string;
	organisation_id: string;
	name: string;
	summary: string;
	description: string;
	categories: string;
	keywords: string;
	online: number;
	schedule: string;
	cost: string;
	min_age: number | null;
	max_age: number | null;
	eligibility: string | null;
	languages: string;
	how_to_join: string;
	contact: string;
	capacity: string;
	status: string;
	last_reviewed: string | null;
	source: string;
	source_id: string;
	demo: number;
	listing: Listing;
	content_hash: string;
	created_at: string;
	updated_at: string;
}

export interface ActivityVenuesTable {
	activity_id: string;
	venue_id: string;
	position: number;
}

export interface MetaTable {
	key: string;
	value: string;
}

export interface Tables {
	organisations: OrganisationsTable;
	venues: VenuesTable;
	activities: ActivitiesTable;
	activity_venues: ActivityVenuesTable;
	meta: MetaTable;
}

export type { Generated };
