/** The shortlist: activities saved on the device, newest last. */
import type { WaymarkDatabase } from './db';

export async function readShortlist(db: WaymarkDatabase): Promise<string[]> {
	const saved = await db.shortlist.orderBy('savedAt').toArray();
	return saved.map((s) => s.id);
}

export async function saveActivity(db: WaymarkDatabase, id: string, at = new Date()) {
	await db.shortlist.put({ id, savedAt: at.toISOString() });
}

export async function removeActivity(db: WaymarkDatabase, id: string) {
	await db.shortlist.delete(id);
}

export async function clearShortlist(db: WaymarkDatabase) {
	await db.shortlist.clear();
}
