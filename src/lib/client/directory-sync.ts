/**
 * Keeps the device's copy of the public directory. The page (not a service worker) asks
 * `/api/directory` with the copy's ETag, so an unchanged directory costs a 304 and the copy
 * knows exactly when it was last confirmed. Offline, the copy is used as it is.
 */
import type { DirectorySnapshot } from '$lib/directory/snapshot';
import type { WaymarkDatabase } from './db';

export const DIRECTORY_URL = '/api/directory';
/** Set by the service worker on a copy it served from its cache (src/service-worker/directory.ts). */
const CACHED_COPY_HEADER = 'x-waymark-copy';

export interface DirectoryCopy {
	snapshot: DirectorySnapshot;
	/** When the server last confirmed the copy. */
	checkedAt: Date;
	/** False when the server could not be reached and an older copy is shown. */
	isFresh: boolean;
}

export class DirectoryUnavailableError extends Error {
	constructor() {
		super('The directory could not be loaded and there is no copy on this device');
		this.name = 'DirectoryUnavailableError';
	}
}

export async function syncDirectory(
	db: WaymarkDatabase,
	doFetch: typeof fetch = fetch,
	now = () => new Date()
): Promise<DirectoryCopy> {
	const cached = await db.directory.get('current');
	let response: Response | null;
	try {
		// no-store: the browser's own HTTP cache would otherwise answer 200 from its copy.
		response = await doFetch(DIRECTORY_URL, {
			cache: 'no-store',
			headers: cached?.etag ? { 'if-none-match': cached.etag } : {}
		});
	} catch {
		response = null;
	}
	if (response?.status === 304 && cached) {
		const checkedAt = now();
		await db.directory.update('current', { checkedAt: checkedAt.toISOString() });
		return { snapshot: JSON.parse(cached.json), checkedAt, isFresh: true };
	}
	if (response?.ok) {
		const json = await response.text();
		// A copy the service worker kept is as old as the server's answer it came from.
		const isFromWorker = response.headers.get(CACHED_COPY_HEADER) === 'cached';
		const served = new Date(response.headers.get('date') ?? '');
		const checkedAt = isFromWorker && !Number.isNaN(served.getTime()) ? served : now();
		const etag = response.headers.get('etag');
		await db.directory.put({ key: 'current', json, etag, checkedAt: checkedAt.toISOString() });
		return { snapshot: JSON.parse(json) as DirectorySnapshot, checkedAt, isFresh: !isFromWorker };
	}
	if (cached) {
		return {
			snapshot: JSON.parse(cached.json),
			checkedAt: new Date(cached.checkedAt),
			isFresh: false
		};
	}
	throw new DirectoryUnavailableError();
}

/** Whole days since the copy was confirmed ("Updated 3 days ago"). */
export function copyAgeDays(copy: Pick<DirectoryCopy, 'checkedAt'>, now = new Date()): number {
	return Math.max(0, Math.floor((now.getTime() - copy.checkedAt.getTime()) / 86_400_000));
}
