/**
 * The one on-device database. Everything a person gives Waymark lives here and nowhere
 * else: their answers, their shortlist, the practice that sent them, and the cached copy of
 * the public directory. Browser only.
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

export type WaymarkDatabase = Dexie & {
	settings: EntityTable<Setting, 'key'>;
	shortlist: EntityTable<SavedActivity, 'id'>;
	directory: EntityTable<CachedDirectory, 'key'>;
};

export const DATABASE_NAME = 'waymark';

export function openDatabase(name = DATABASE_NAME): WaymarkDatabase {
	const db = new Dexie(name) as WaymarkDatabase;
	db.version(1).stores({ settings: 'key', shortlist: 'id, savedAt', directory: 'key' });
	// Version 2 keeps the directory as text; an old copy is dropped and fetched again.
	db.version(2)
		.stores({ settings: 'key', shortlist: 'id, savedAt', directory: 'key' })
		.upgrade((tx) => tx.table('directory').clear());
	return db;
}

let shared: WaymarkDatabase | undefined;
/** The page's database, opened on first use. */
export function database(): WaymarkDatabase {
	shared ??= openDatabase();
	return shared;
}
