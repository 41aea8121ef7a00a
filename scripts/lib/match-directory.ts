/**
 * Directories the `match` CLI reads besides ORUK feeds: the app's snapshot
 * (`GET /api/directory`) and a plain `{ "activities": [...] }` of Waymark activities.
 */
import type { Activity } from '../../src/lib/directory/model';
import { expandSnapshot, type DirectorySnapshot } from '../../src/lib/directory/snapshot';
import { validateActivity } from '../../src/lib/directory/validation';
import { isObject } from '../../src/lib/directory/oruk/types';

export interface DirectoryRead {
	activities: Activity[];
	/** Activity id → the id the input gave, where they differ. */
	inputIds: Map<string, string>;
	skipped: number;
	firstSkip: string;
}

/** Null when the JSON is not one of Waymark's own shapes (then it is read as ORUK). */
export function readDirectoryFile(json: unknown): DirectoryRead | null {
	if (!isObject(json) || !Array.isArray(json.activities)) return null;
	const raw = isSnapshot(json)
		? expandSnapshot(json as unknown as DirectorySnapshot)
		: json.activities;
	const activities: Activity[] = [];
	let skipped = 0;
	let firstSkip = '';
	for (const item of raw) {
		const checked = validateActivity(item);
		if (checked.ok) {
			activities.push(checked.value);
			continue;
		}
		skipped++;
		const [path, message] = Object.entries(checked.errors)[0];
		firstSkip ||= `${isObject(item) ? String(item.id) : 'no id'}: ${path} ${message}`;
	}
	return { activities, inputIds: new Map(), skipped, firstSkip };
}

function isSnapshot(json: Record<string, unknown>): boolean {
	return Array.isArray(json.venues) && Array.isArray(json.organisations);
}
