/**
 * The shared-list link: `/shortlist/shared?ids=<id>,<id>,…`. It carries activity ids and
 * nothing else (never answers, never anything about the person), and at most MAX_SHARED_IDS
 * of them, so it fits in a text message and in every browser's address limit. Pure, so the
 * link's reading is tested without a browser.
 */

export const MAX_SHARED_IDS = 50;
export const SHARED_IDS_PARAM = 'ids';

/** Every published activity id is a UUID (DESIGN.md §3.1). */
const ACTIVITY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type SharedListProblem = 'empty' | 'unreadable' | 'too-many';

export type SharedList =
	/** `unreadable`: how many parts of the link were not activity ids (cut short, mistyped). */
	{ ok: true; ids: string[]; unreadable: number } | { ok: false; problem: SharedListProblem };

/** The query that shares these ids (the first MAX_SHARED_IDS, each once), without the `?`. */
export function sharedListQuery(ids: readonly string[]): string {
	return `${SHARED_IDS_PARAM}=${[...new Set(ids)].slice(0, MAX_SHARED_IDS).join(',')}`;
}

/** Reads the `ids` parameter of a shared link. Never throws, whatever the link holds. */
export function parseSharedIds(value: string | null | undefined): SharedList {
	const parts = [
		...new Set(
			(value ?? '')
				.split(',')
				// Ids are lower case as published; a link retyped in capitals means the same list.
				.map((part) => part.trim().toLowerCase())
				.filter(Boolean)
		)
	];
	if (parts.length === 0) return { ok: false, problem: 'empty' };
	if (parts.length > MAX_SHARED_IDS) return { ok: false, problem: 'too-many' };
	const ids = parts.filter((part) => ACTIVITY_ID.test(part));
	if (ids.length === 0) return { ok: false, problem: 'unreadable' };
	return { ok: true, ids, unreadable: parts.length - ids.length };
}
