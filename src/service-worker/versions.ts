/**
 * Cache names, each with a version. The pages cache carries the build's version, so the HTML
 * it holds always names the code precached beside it; the others change only when their
 * format does. On activation every `waymark-` cache not named here is deleted (Workbox
 * deletes its own outdated precaches).
 */
const PREFIX = 'waymark-';

export interface CacheNames {
	pages: string;
	directory: string;
	tiles: string;
}

export function cacheNamesFor(buildVersion: string): CacheNames {
	return {
		pages: `${PREFIX}pages-${buildVersion}`,
		directory: `${PREFIX}directory-v1`,
		tiles: `${PREFIX}tiles-v1`
	};
}

/** Our caches that the current build no longer uses. */
export function staleCaches(existing: readonly string[], current: CacheNames): string[] {
	const inUse = new Set(Object.values(current));
	return existing.filter((name) => name.startsWith(PREFIX) && !inUse.has(name));
}
