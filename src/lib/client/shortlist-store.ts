/** The shortlist: activities saved on the device, newest last. */
import type { WaymarkDatabase } from './db';

export async function readShortlist(db: WaymarkDatabase): Promise<string[]> {
	const saved = await db.shortlist.orderBy('savedAt').toArray();
	return saved.map((s) => s.id);
}

export async function saveActivity(db: WaymarkDatabase, id: string, at = new Date()) {
	await db.shortlist.put({ id, savedAt: at.toISOString() });
}

/**
 * Adds the ids not saved yet, after the rest and in the order given; those already saved keep
 * their place. Returns the ids it added.
 */
export async function saveActivities(
	db: WaymarkDatabase,
	ids: readonly string[],
	at = new Date()
): Promise<string[]> {
	return db.transaction('rw', db.shortlist, async () => {
		const saved = new Set((await db.shortlist.toCollection().primaryKeys()) as string[]);
		const added = [...new Set(ids)].filter((id) => !saved.has(id));
		// A millisecond apart, so the order given is the order read back.
		await db.shortlist.bulkPut(
			added.map((id, i) => ({ id, savedAt: new Date(at.getTime() + i).toISOString() }))
		);
		return added;
	});
}

export async function removeActivity(db: WaymarkDatabase, id: string) {
	await db.shortlist.delete(id);
}

export async function clearShortlist(db: WaymarkDatabase) {
	await db.shortlist.clear();
}
