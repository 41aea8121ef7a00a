/**
 * The one on-device database. Everything a person gives Waymark lives here and nowhere
 * else: their answers, their shortlist, the practice that sent them, and the cached copy of
 * the public directory, and requests to a link worker waiting to be sent. Browser only.
 */
import Dexie, { type EntityTable } from 'dexie';

/** Small named values: `answers`, `practice`. */
export interface Setting {
	key: string;
	value: unknown;
}

export interface SavedActivity {
	id: string;
	savedAt: string;
}

export interface CachedDirectory {
	key: 'current';
	/**
	 * The snapshot as the server sent it, as text: IndexedDB copies one string far faster
	 * than thousands of small objects, which on a slow phone blocked the page for a moment.
	 */
	json: string;
	etag: string | null;
	/** When the server last confirmed this copy (a 200 or a 304), ISO-8601. */
	checkedAt: string;
}

export type OutboxStatus = 'waiting' | 'sent' | 'refused';

/** A request to a link worker, written here before it is sent (see request-outbox.ts). */
export interface OutboxItem {
	/** The idempotency key, made on the device when the request is written. */
	key: string;
	/** The JSON body exactly as sent on every try; dropped once the server has it. */
	body: string | null;
	status: OutboxStatus;
	createdAt: string;
	attempts: number;
	/** When to try again after a failure (backoff), ISO-8601. */
	nextAttemptAt: string | null;
	reference: string | null;
	receivedAt: string | null;
	/** Field errors from a 400, for the person to fix. */
	errors: Record<string, string> | null;
}

export type WaymarkDatabase = Dexie & {
	settings: EntityTable<Setting, 'key'>;
	shortlist: EntityTable<SavedActivity, 'id'>;
	directory: EntityTable<CachedDirectory, 'key'>;
	outbox: EntityTable<OutboxItem, 'key'>;
};

export const DATABASE_NAME = 'waymark';

export function openDatabase(name = DATABASE_NAME): WaymarkDatabase {
	const db = new Dexie(name) as WaymarkDatabase;
	db.version(1).stores({ settings: 'key', shortlist: 'id, savedAt', directory: 'key' });
	// Version 2 keeps the directory as text; an old copy is dropped and fetched again.
	db.version(2)
		.stores({ settings: 'key', shortlist: 'id, savedAt', directory: 'key' })
		.upgrade((tx) => tx.table('directory').clear());
	// Version 3 adds the request outbox; the other tables are unchanged.
	db.version(3).stores({
		settings: 'key',
		shortlist: 'id, savedAt',
		directory: 'key',
		outbox: 'key, status, createdAt'
	});
	return db;
}

let shared: WaymarkDatabase | undefined;
/** The page's database, opened on first use. */
export function database(): WaymarkDatabase {
	shared ??= openDatabase();
	return shared;
}
