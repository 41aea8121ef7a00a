/**
 * Published ids (DESIGN.md §3.1): every id is a UUID. A source id that is already a UUID is
 * kept; any other becomes the UUID v5 of "<source>/<id>" in Waymark's namespace.
 */
import { v5 as uuidv5, validate as isUuid } from 'uuid';

export const WAYMARK_NAMESPACE = '6f0e5d4c-3b2a-4e1f-9d8c-7b6a5f4e3d2c';

export function stableId(source: string, sourceId: string): string {
	return isUuid(sourceId)
		? sourceId.toLowerCase()
		: uuidv5(`${source}/${sourceId}`, WAYMARK_NAMESPACE);
}

/** The id of a Waymark taxonomy term, e.g. termId('waymark-categories', 'food'). */
export function termId(taxonomy: string, term: string): string {
	return uuidv5(`${taxonomy}/${term}`, WAYMARK_NAMESPACE);
}

export { isUuid };
