/**
 * A search of the whole directory through the ranking: access, cost, online and time words
 * are read as filters, the rest as words, and only listings the words really match count as
 * found. When nothing does, what is near is shown instead. Shared by the list and the map.
 */
import { readSearch, searchProfile, type Matcher, type RankedActivity } from '$lib/matching';
import type { SearchQuery } from '$lib/matching/search-query';
import { isolate } from '$lib/i18n/bidi';
import * as m from '$lib/paraglide/messages';

export interface SearchResults {
	read: SearchQuery;
	found: RankedActivity[];
	/** What to show: what was found, or when nothing was, everything near. */
	shown: RankedActivity[];
}

export function searchResults(
	matcher: Matcher,
	query: string,
	origin?: { lat: number; lng: number }
): SearchResults {
	const read = readSearch(query);
	const result = matcher.rank(searchProfile(read, { origin }), { limit: Infinity });
	const found = read.words
		? result.results.filter((r) => r.isWordMatch)
		: result.results.filter((r) => r.fits);
	return { read, found, shown: found.length === 0 ? result.results : found };
}

/** "3 found for “choir”", or that nothing was. */
export function searchHeading(query: string, found: number): string {
	const words = isolate(query.trim());
	return found === 0
		? m.results_search_nothing({ query: words })
		: m.results_search_found({ count: found, query: words });
}
