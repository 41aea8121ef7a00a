/**
 * Ids for what Waymark publishes and imports (DESIGN.md §3.1: every published id is a UUID).
 * Parts of a service (its schedules, cost options, attributes) have no id of their own in the
 * model, so theirs are UUID v5 of the parent's id and the part's place: stable across exports.
 */
import { v5 as uuidv5 } from 'uuid';
import { isUuid, stableId, WAYMARK_NAMESPACE } from '../ids';

export function childId(parentId: string, kind: string, key: string | number): string {
	return uuidv5(`${parentId}/${kind}/${key}`, WAYMARK_NAMESPACE);
}

/**
 * The id of an imported record: a UUID is kept; anything else becomes a UUID v5 scoped to the
 * feed and, for parts other than services, to the kind of record, so a location "1" and a
 * service "1" of one feed do not share an id.
 */
export function importedId(
	source: string,
	kind: 'service' | 'organization' | 'location',
	id: string
): string {
	if (isUuid(id)) return id.toLowerCase();
	return stableId(source, kind === 'service' ? id : `${kind}/${id}`);
}
