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
	/** JSON list of audience terms; [] for everyone. */
	audience: string;
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

export type StaffRole = 'admin' | 'link-worker' | 'vcse-editor';
export type AccountStatus = 'invited' | 'active' | 'disabled';
export type ScopeKind = 'pcn' | 'organisation';
export type SessionStage = 'second-factor' | 'full';
export type OneTimeLinkPurpose = 'invitation' | 'reset';

export interface UsersTable {
	id: string;
	/** Lower-cased, trimmed. */
	email: string;
	name: string;
	role: StaffRole;
	status: AccountStatus;
	password_hash: string | null;
	totp_secret: string | null;
	totp_pending_secret: string | null;
	/** The last TOTP time step accepted, so a code cannot be replayed. */
	totp_last_step: number | null;
	created_at: string;
	updated_at: string;
}

export interface UserScopesTable {
	user_id: string;
	kind: ScopeKind;
	scope_id: string;
}

export interface SessionsTable {
	/** SHA-256 of the cookie's token: a stolen database holds no usable session. */
	id: string;
	user_id: string;
	stage: SessionStage;
	created_at: string;
	last_seen_at: string;
	user_agent: string | null;
}

export interface OneTimeLinksTable {
	/** SHA-256 of the token in the link. */
	id: string;
	user_id: string;
	purpose: OneTimeLinkPurpose;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

export interface RecoveryCodesTable {
	user_id: string;
	code_hash: string;
	used_at: string | null;
}

export interface ThrottlesTable {
	/** A keyed hash of the account or address; never the value itself. */
	key: string;
	failures: number;
	last_failure_at: string;
	blocked_until: string | null;
}

export interface AuditLogTable {
	/** UUID v7: sorts in time order. */
	id: string;
	at: string;
	actor_id: string | null;
	actor_role: string | null;
	action: string;
	record_type: string | null;
	record_id: string | null;
	/** The network the request came from (IPv4 /24, IPv6 /48), never the full address. */
	network: string | null;
	/** A keyed hash of the full address: tells whether two events came from one address. */
	address_hash: string | null;
	detail: string | null;
}

export interface MailOutboxTable {
	id: string;
	to_address: string;
	subject: string;
	body: string;
	created_at: string;
}

export type RequestStatus = 'new' | 'contacted' | 'in-progress' | 'closed';
export type RequestOutcome = 'engaged' | 'declined' | 'no-contact' | 'referred-elsewhere';
export type ContactMethod = 'phone' | 'text' | 'email';
export type RequestEventKind = 'note' | 'attempt' | 'status' | 'assign';

/** A person's request for a link worker to contact them. Personal data: audit every read. */
export interface RequestsTable {
	id: string;
	/** What the person quotes, e.g. WM-7K3Q9. */
	reference: string;
	idempotency_key: string;
	/** SHA-256 of the canonical body, so a key replayed with another body is refused. */
	body_hash: string;
	pcn_id: string;
	/** The GP practice's ODS code, when the person gave one. */
	practice: string | null;
	name: string;
	contact_method: ContactMethod;
	phone: string | null;
	email: string | null;
	best_times: string | null;
	needs: string | null;
	/** The NeedsProfile as JSON, only when the person chose to share it. */
	profile: string | null;
	language: string;
	source: string | null;
	/** The postcode district (e.g. NE4), never the full postcode. */
	area: string | null;
	status: RequestStatus;
	outcome: RequestOutcome | null;
	assigned_to: string | null;
	received_at: string;
	updated_at: string;
	closed_at: string | null;
	/** When the PCN's link workers were told a new request was waiting. */
	notified_at: string | null;
}

/** What happened to a request: notes, contact attempts, status changes, assignments. */
export interface RequestEventsTable {
	id: string;
	request_id: string;
	kind: RequestEventKind;
	actor_id: string | null;
	status: RequestStatus | null;
	method: ContactMethod | null;
	outcome: string | null;
	body: string | null;
	at: string;
}

export interface Tables {
	organisations: OrganisationsTable;
	venues: VenuesTable;
	activities: ActivitiesTable;
	activity_venues: ActivityVenuesTable;
	meta: MetaTable;
	users: UsersTable;
	user_scopes: UserScopesTable;
	sessions: SessionsTable;
	one_time_links: OneTimeLinksTable;
	recovery_codes: RecoveryCodesTable;
	throttles: ThrottlesTable;
	audit_log: AuditLogTable;
	mail_outbox: MailOutboxTable;
	requests: RequestsTable;
	request_events: RequestEventsTable;
}

export type { Generated };
